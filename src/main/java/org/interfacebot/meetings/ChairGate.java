package org.interfacebot.meetings;

import java.util.Optional;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/** Finds the group a meeting command is about and, for chair commands, checks the chair. */
@Component
class ChairGate {

  private final Groups groups;
  private final Chairs chairs;
  private final GroupReplies replies;

  ChairGate(Groups groups, Chairs chairs, GroupReplies replies) {
    this.replies = replies;
    this.groups = groups;
    this.chairs = chairs;
  }

  /** The group, or a refusal to say. */
  record Gate(GroupInfo group, String refusal) {}

  Gate group(Turn turn) {
    Optional<GroupInfo> group = groups.of(turn.place());
    return group.map(g -> new Gate(g, null)).orElseGet(() -> new Gate(null, replies.whichGroup()));
  }

  /** {@code whatKey}: the bundle key of what a chair may do, e.g. meetings.what.share-minutes. */
  Gate chair(Turn turn, String whatKey) {
    Gate gate = group(turn);
    if (gate.refusal() != null || chairs.isChair(gate.group().id(), turn.from().key())) {
      return gate;
    }
    return new Gate(null, replies.notAChair(whatKey));
  }

  /**
   * No issue with that reference in the group: "this group" in its channel; elsewhere (1:1) the
   * group is named.
   */
  static Reply noSuchIssue(Turn turn, GroupInfo group, String reference, Texts texts) {
    return turn.place().teamId() != null
        ? texts.reply("meetings.no-such-issue", reference)
        : texts.reply("meetings.no-such-issue.named", reference, group.name());
  }
}
