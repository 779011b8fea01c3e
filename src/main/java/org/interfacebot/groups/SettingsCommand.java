package org.interfacebot.groups;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/**
 * {@code settings}: how the group triages. Chairs change them with {@code settings vote-days 7},
 * {@code settings quorum 3}, {@code settings results always|after-voting|after-close} and {@code
 * settings anonymous on|off}.
 */
@Component
class SettingsCommand implements ChatCommand {

  private static final String HOW =
      "Chairs can change them: `settings vote-days 7`, `settings quorum 3`, `settings results"
          + " always|after-voting|after-close`, `settings anonymous on|off`.";

  private final Groups groups;
  private final Chairs chairs;

  SettingsCommand(Groups groups, Chairs chairs) {
    this.groups = groups;
    this.chairs = chairs;
  }

  @Override
  public List<String> words() {
    return List.of("settings");
  }

  @Override
  public String usage() {
    return "settings";
  }

  @Override
  public String summary() {
    return "how the group triages: vote length, quorum, when results show, anonymous voting";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(GroupReplies.WHICH_GROUP));
    }
    long groupId = group.get().id();
    String[] words = turn.rest().toLowerCase(Locale.ROOT).split("\\s+");
    if (words[0].isBlank()) {
      return List.of(Reply.text(describe(groups.settings(groupId)) + "\n\n" + HOW));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(GroupReplies.notAChair("change the group's settings")));
    }
    String value = words.length > 1 ? words[1] : "";
    try {
      var changed = groups.changeSettings(groupId, s -> SettingChange.apply(s, words[0], value));
      return List.of(Reply.text("Done. " + describe(changed)));
    } catch (IllegalArgumentException unknown) {
      return List.of(Reply.text(unknown.getMessage() + " " + HOW));
    }
  }

  static String describe(GroupSettings s) {
    return ("Triage votes stay open for %d days and need %d votes for a decision; results show %s;"
            + " voting is %s.")
        .formatted(
            s.voteDays(),
            s.quorum(),
            s.resultsVisibility().label(),
            s.anonymousVoting() ? "anonymous (only tallies are shown and kept)" : "named");
  }
}
