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
 * settings anonymous on|off}.
 */
@Component
class SettingsCommand implements ChatCommand {

  private final Groups groups;
  private final Chairs chairs;
  private final Texts texts;
  private final GroupReplies replies;

  SettingsCommand(Groups groups, Chairs chairs, Texts texts, GroupReplies replies) {
    this.replies = replies;
    this.texts = texts;
    this.groups = groups;
    this.chairs = chairs;
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

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(replies.whichGroup()));
    }
    long groupId = group.get().id();
    String[] words = turn.rest().toLowerCase(Locale.ROOT).split("\\s+");
    if (words[0].isBlank()) {
      return List.of(
          Reply.text(
              describe(groups.settings(groupId)) + "\n\n" + texts.get("groups.settings.how")));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(replies.notAChair("groups.what.change-settings")));
    }
    String value = words.length > 1 ? words[1] : "";
    try {
      var changed = groups.changeSettings(groupId, s -> SettingChange.apply(s, words[0], value));
      return List.of(texts.reply("groups.settings.done", describe(changed)));
    } catch (BadSetting bad) {
      Object[] args = bad.args();
      if (bad.key().equals("groups.settings.number")) {
        args[0] = texts.get((String) args[0]);
      }
      return List.of(
          Reply.text(texts.get(bad.key(), args) + " " + texts.get("groups.settings.how")));
    }
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
