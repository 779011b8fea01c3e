package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.chat.DialogMemory;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/** Moves a draft on: to its next unanswered question, or to the confirmation card. */
@Component
class RaiseFlow {

  static final String DIALOG = "raise";

  private final Groups groups;
  private final RaisePrompts prompts;
  private final SimilarIssues similar;
  private final Texts texts;

  RaiseFlow(Groups groups, RaisePrompts prompts, SimilarIssues similar, Texts texts) {
    this.texts = texts;
    this.groups = groups;
    this.prompts = prompts;
    this.similar = similar;
  }

  List<Reply> proceed(Turn turn, RaiseDraft draft, Question from) {
    DialogMemory memory = turn.memory();
    var next =
        (from == null ? java.util.Optional.<Question>empty() : draft.firstUnansweredFrom(from))
            .or(() -> draft.firstUnansweredFrom(Question.TITLE));
    if (next.isPresent()) {
      memory.write(DIALOG, draft.asking(next.get()));
      return List.of(prompts.ask(next.get()));
    }
    return List.of(Reply.card(confirm(turn, draft)));
  }

  /** {@code back}: the question before the one asked (the last, from the confirmation). */
  List<Reply> back(Turn turn, RaiseDraft draft) {
    Question previous =
        draft.stage() == RaiseDraft.Stage.CONFIRM
            ? Question.SHOW_NAME
            : draft.question().previous().orElse(null);
    if (previous == null) {
      return List.of(texts.reply("issues.raise.first-question"), prompts.ask(draft.question()));
    }
    turn.memory().write(DIALOG, draft.asking(previous));
    return List.of(prompts.ask(previous));
  }

  /**
   * Puts the draft at its confirmation and returns the confirmation card, with similar issues
   * others raised to add one's experience to.
   */
  JsonNode confirm(Turn turn, RaiseDraft draft) {
    RaiseDraft confirming = draft.at(RaiseDraft.Stage.CONFIRM);
    turn.memory().write(DIALOG, confirming);
    return prompts.confirm(
        confirming, groupName(draft.groupId()), similar.to(confirming, turn.from().key()));
  }

  String groupName(Long groupId) {
    return groupId == null
        ? texts.get("issues.the-group")
        : groups.byId(groupId).map(GroupInfo::name).orElseGet(() -> texts.get("issues.the-group"));
  }

  /** The active raise draft in this conversation, if any. */
  static java.util.Optional<RaiseDraft> draft(DialogMemory memory) {
    return memory.activeDialog().filter(DIALOG::equals).map(d -> memory.read(RaiseDraft.class));
  }
}
