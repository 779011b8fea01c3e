package org.interfacebot.teams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** The help the bot gives: the commands that work where the person is. */
@Component
class HelpText {

  private final List<ChatCommand> commands;

  HelpText(List<ChatCommand> commands) {
    this.commands = commands;
  }

  List<Reply> forPlace(Where where) {
    String lines =
        new LinkedHashSet<>(commands)
            .stream()
                .filter(c -> c.where().contains(where))
                .map(c -> "- `%s`: %s".formatted(c.usage(), c.summary()))
                .collect(Collectors.joining("\n"));
    String intro =
        where == Where.PERSONAL
            ? "I'm Interface Bot. I help clinicians raise problems that happen where patients move"
                + " between GP and hospital care, and I tell you what the Interface Group decides."
            : "I'm Interface Bot. Mention me (@Interface Bot) followed by a command.";
    String tail =
        where == Where.PERSONAL ? "" : "\n\nTo raise an issue, chat with me 1:1 and type `raise`.";
    return List.of(
        Reply.text(
            intro + "\n\nHere is what you can type:\n" + lines + "\n- `help`: this list" + tail));
  }

  List<Reply> unknown(Where where, boolean empty) {
    String opener = empty ? "I didn't get any text there." : "Sorry, I don't know that command.";
    String hint =
        where == Where.PERSONAL
            ? " Type `raise` to raise an interface issue, or `help` to see everything I can do."
            : " Type `@Interface Bot help` to see what I can do here.";
    return List.of(Reply.text(opener + hint));
  }

  static String wrongPlace(ChatCommand command) {
    return command.where().contains(Where.PERSONAL) && command.where().size() == 1
        ? "`%s` works in a 1:1 chat with me: open a chat with Interface Bot and type it there."
            .formatted(command.usage())
        : "`%s` works in the group's channel: mention me there.".formatted(command.usage());
  }
}
