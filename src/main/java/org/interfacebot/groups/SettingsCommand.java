package org.interfacebot.groups;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/**
 * {@code settings}: how the group triages. Chairs change them with {@code settings vote-days 7},
 * {@code settings quorum 3}, {@code settings results always|after-voting|after-close} and {@code
 * settings anonymous on|off}; and when the weekly digest is posted: {@code settings digest monday
 * 09:00}, {@code settings digest off}.
 */
@Component
class SettingsCommand implements ChatCommand {

  private static final String HOW =
      "Chairs can change them: `settings vote-days 7`, `settings quorum 3`, `settings results"
          + " always|after-voting|after-close`, `settings anonymous on|off`, `settings digest"
          + " monday 09:00`, `settings digest off`.";

  private final Groups groups;
  private final Chairs chairs;
  private final Texts texts;

  SettingsCommand(Groups groups, Chairs chairs, Texts texts) {
    this.groups = groups;
    this.chairs = chairs;
    this.texts = texts;
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
    return "how the group triages: vote length, quorum, when results show, anonymous voting;"
        + " when the weekly digest is posted";
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
      return List.of(Reply.text(describeAll(groupId) + "\n\n" + HOW));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(GroupReplies.notAChair("change the group's settings")));
    }
    if (words[0].equals("digest")) {
      return List.of(changeDigest(groupId, turn.rest().substring("digest".length()).strip()));
    }
    String value = words.length > 1 ? words[1] : "";
    try {
      var changed = groups.changeSettings(groupId, s -> SettingChange.apply(s, words[0], value));
      return List.of(
          Reply.text("Done. " + describe(changed) + " " + describe(groups.digest(groupId))));
    } catch (IllegalArgumentException unknown) {
      return List.of(Reply.text(unknown.getMessage() + " " + HOW));
    }
  }

  private Reply changeDigest(long groupId, String value) {
    var changed = DigestChange.apply(groups.digest(groupId), value);
    if (changed.isEmpty()) {
      return texts.reply("insights.digest.setting-refused");
    }
    return Reply.text("Done. " + describe(groups.changeDigest(groupId, changed.get())));
  }

  private String describeAll(long groupId) {
    return describe(groups.settings(groupId)) + " " + describe(groups.digest(groupId));
  }

  private String describe(DigestSetting digest) {
    return digest.on()
        ? texts.get(
            "insights.digest.setting-on",
            digest.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK),
            digest.time().toString())
        : texts.get("insights.digest.setting-off");
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
