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
 * {@code settings}: how the group triages, for anyone in its channel and, in a 1:1 chat, for its
 * chairs and members only. Chairs change them with {@code settings vote-days 7}, {@code settings
 * quorum 3}, {@code settings results always|after-voting|after-close} and {@code settings anonymous
 * on|off}; and when the weekly digest is posted: {@code settings digest monday 09:00}, {@code
 * settings digest off}.
 */
@Component
class SettingsCommand implements ChatCommand {

  private final Groups groups;
  private final Chairs chairs;
  private final Texts texts;
  private final GroupReplies replies;
  private final Members members;
  private final Membership membership;

  SettingsCommand(
      Groups groups,
      Chairs chairs,
      Texts texts,
      GroupReplies replies,
      Members members,
      Membership membership) {
    this.replies = replies;
    this.members = members;
    this.membership = membership;
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
    return texts.get("groups.settings.usage");
  }

  @Override
  public String summary() {
    return texts.get("groups.settings.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  /**
   * A setting {@link SettingChange} or {@link DigestChange} knows ({@link #handle} refuses a value
   * it cannot use), not {@code settings of the letters are wrong}.
   */
  @Override
  public boolean readsArgument(String argument) {
    String[] words = argument.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
    if (words[0].equals("digest")) {
      return words.length == 1 || DigestChange.apply(DigestSetting.DEFAULT, words[1]).isPresent();
    }
    return SettingChange.knows(words[0]);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(replies.whichGroup()));
    }
    long groupId = group.get().id();
    // In 1:1 the tenant's group is assumed: only its chairs and members may see or change it.
    if (turn.place().personal() && !membership.chairOrMember(groupId, turn)) {
      return List.of(texts.reply("groups.settings.not-a-member"));
    }
    String typed = turn.rest().toLowerCase(Locale.ROOT).strip();
    String[] words = typed.split("\\s+");
    if (words[0].isBlank()) {
      return List.of(Reply.text(describeAll(groupId) + "\n\n" + texts.get("groups.settings.how")));
    }
    if (words.length == 1 && words[0].equals("digest")) {
      return List.of(
          Reply.text(
              describe(groups.digest(groupId)) + " " + texts.get("groups.settings.digest-how")));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(replies.notAChair("groups.what.change-settings")));
    }
    if (words[0].equals("digest")) {
      return List.of(changeDigest(groupId, turn.rest().substring("digest".length()).strip()));
    }
    // All that follows the setting's name: "vote-days 2 weeks" is not 2 days.
    String value = typed.substring(words[0].length()).strip();
    try {
      var changed = groups.changeSettings(groupId, s -> SettingChange.apply(s, words[0], value));
      return List.of(
          texts.reply(
              "groups.settings.done",
              describe(changed)
                  + " "
                  + describe(groups.digest(groupId))
                  + unreachableQuorum(groupId, changed.quorum())));
    } catch (BadSetting bad) {
      Object[] args = bad.args();
      if (bad.key().equals("groups.settings.number")) {
        args[0] = texts.get((String) args[0]);
      }
      return List.of(
          Reply.text(texts.get(bad.key(), args) + " " + texts.get("groups.settings.how")));
    }
  }

  /**
   * A quorum above the members the bot knows of is allowed, as the team may grow, but until it does
   * every vote goes to the chairs: a chair should hear that at once, not at the first deadline.
   */
  private String unreachableQuorum(long groupId, int quorum) {
    long known = members.count(groupId);
    return quorum > known
        ? "\n\n" + texts.get("groups.settings.quorum-unreachable", known, quorum)
        : "";
  }

  private Reply changeDigest(long groupId, String value) {
    var changed = DigestChange.apply(groups.digest(groupId), value);
    String usual = DigestSetting.DEFAULT.time().toString();
    if (changed.isEmpty()) {
      return texts.reply("insights.digest.setting-refused", usual);
    }
    String done = describe(groups.changeDigest(groupId, changed.get()));
    return DigestChange.dayAlone(value)
        ? texts.reply(
            "groups.settings.done",
            done
                + " "
                + texts.get(
                    "insights.digest.usual-time",
                    usual,
                    changed.get().day().name().toLowerCase(Locale.ROOT)))
        : texts.reply("groups.settings.done", done);
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

  private String describe(GroupSettings s) {
    return texts.get(
        "groups.settings.describe",
        s.voteDays(),
        s.quorum(),
        texts.label(s.resultsVisibility()),
        texts.get(s.anonymousVoting() ? "groups.settings.anonymous" : "groups.settings.named"));
  }
}
