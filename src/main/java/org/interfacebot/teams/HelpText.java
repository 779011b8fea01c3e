package org.interfacebot.teams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Pleasantry;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** The help the bot gives: the commands that work where the person is. */
@Component
class HelpText {

  /** The word that asks for this help (handled before any command). */
  private static final String HELP = "help";

  private final List<ChatCommand> commands;
  private final Texts texts;

  HelpText(List<ChatCommand> commands, Texts texts) {
    this.texts = texts;
    this.commands = commands;
  }

  /**
   * The commands that work here, one line each: everyone's first, then (when there are any) the
   * ones only a group's chairs may use, under a heading of their own.
   */
  List<Reply> forPlace(Where where) {
    var here =
        new LinkedHashSet<>(commands).stream().filter(c -> c.where().contains(where)).toList();
    String chairs = lines(here.stream().filter(ChatCommand::forChairs).toList());
    return List.of(
        texts.reply(
            where == Where.PERSONAL ? "teams.help.personal" : "teams.help.channel",
            lines(here.stream().filter(c -> !c.forChairs()).toList()),
            chairs.isEmpty() ? "" : texts.get("teams.help.chairs", chairs)));
  }

  private String lines(List<ChatCommand> commands) {
    return commands.stream()
        .map(c -> texts.get("teams.help.line", c.usage(), c.summary()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * The answer to something that is not a command: a greeting (of any length, {@link Pleasantry})
   * is greeted, a command typed slightly wrong ({@code hlep}, {@code stauts}) is named; either way,
   * how to go on.
   */
  List<Reply> unknown(Where where, String text) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String hint =
        texts.get(
            where == Where.PERSONAL ? "teams.unknown.hint-personal" : "teams.unknown.hint-channel");
    if (typed.isEmpty()) {
      return List.of(Reply.text(texts.get("teams.unknown.empty") + " " + hint));
    }
    var pleasantry = Pleasantry.of(typed);
    if (pleasantry.isPresent()) {
      return List.of(
          pleasantry.get() == Pleasantry.THANKS
              ? texts.reply("teams.thanks")
              : Reply.text(texts.get("teams.greeting") + " " + hint));
    }
    String first = typed.split("\\s+")[0];
    Reply reply =
        meant(first, where)
            .map(
                usage ->
                    texts.reply(
                        where == Where.PERSONAL
                            ? "teams.unknown.did-you-mean"
                            : "teams.unknown.did-you-mean-channel",
                        usage))
            .orElseGet(() -> Reply.text(texts.get("teams.unknown.command") + " " + hint));
    return List.of(reply);
  }

  /** The commands here whose word is one slip from what was typed, as "`a` or `b`". */
  private Optional<String> meant(String typed, Where where) {
    if (typed.length() < 3) {
      return Optional.empty();
    }
    if (oneSlipApart(typed, HELP)) {
      return Optional.of("`" + HELP + "`");
    }
    var near =
        new LinkedHashSet<>(commands)
            .stream()
                .filter(c -> c.where().contains(where))
                .filter(c -> c.words().stream().anyMatch(w -> oneSlipApart(typed, w)))
                .map(c -> "`" + c.usage() + "`")
                .toList();
    return near.isEmpty() || near.size() > 3
        ? Optional.empty()
        : Optional.of(String.join(texts.get("teams.unknown.or"), near));
  }

  /**
   * Whether two words differ by one letter typed wrongly, missed, added, or two letters swapped
   * ({@code hlep}, {@code stauts}, {@code agend}).
   */
  static boolean oneSlipApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      boolean swapped =
          i + 1 < a.length()
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2));
      return swapped || a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
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
