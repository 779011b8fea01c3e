package org.interfacebot.teams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** The help the bot gives: the commands that work where the person is. */
@Component
class HelpText {

  private final List<ChatCommand> commands;
  private final Texts texts;

  HelpText(List<ChatCommand> commands, Texts texts) {
    this.texts = texts;
    this.commands = commands;
  }

  List<Reply> forPlace(Where where) {
    String lines =
        new LinkedHashSet<>(commands)
            .stream()
                .filter(c -> c.where().contains(where))
                .map(c -> texts.get("teams.help.line", c.usage(), c.summary()))
                .collect(Collectors.joining("\n"));
    return List.of(
        texts.reply(where == Where.PERSONAL ? "teams.help.personal" : "teams.help.channel", lines));
  }

  List<Reply> unknown(Where where, boolean empty) {
    String opener = texts.get(empty ? "teams.unknown.empty" : "teams.unknown.command");
    String hint =
        texts.get(
            where == Where.PERSONAL ? "teams.unknown.hint-personal" : "teams.unknown.hint-channel");
    return List.of(Reply.text(opener + " " + hint));
  }

  String wrongPlace(ChatCommand command) {
    boolean personal = command.where().contains(Where.PERSONAL);
    boolean channel = command.where().contains(Where.CHANNEL);
    if (personal && channel) {
      return texts.get("teams.wrong-place.either", command.usage());
    }
    return personal
        ? texts.get("teams.wrong-place.personal", command.usage())
        : texts.get("teams.wrong-place.channel", command.usage());
  }
}
