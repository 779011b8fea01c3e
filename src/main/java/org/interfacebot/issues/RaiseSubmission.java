package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** The Submit button of the confirmation card (and a typed {@code submit}). */
@Component
class RaiseSubmission implements CardAction {

  private final IssueIntake intake;
  private final Groups groups;
  private final RaisePrompts prompts;
  private final Texts texts;

  RaiseSubmission(IssueIntake intake, Groups groups, RaisePrompts prompts, Texts texts) {
    this.texts = texts;
    this.intake = intake;
    this.groups = groups;
    this.prompts = prompts;
  }

  @Override
  public String verb() {
    return "raise.submit";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    return submit(turn, data.path("draftId").asText(""));
  }

  Result submit(Turn turn, String draftId) {
    var already = intake.raisedFrom(draftId);
    if (already.isPresent()) {
      return Result.replaceWith(prompts.raised(already.get(), groupName(already.get())));
    }
    var memory = turn.memory();
    RaiseDraft draft =
        RaiseFlow.draft(memory)
            .filter(d -> d.draftId().equals(draftId))
            .filter(d -> d.stage() == RaiseDraft.Stage.CONFIRM && d.complete())
            .orElseThrow(() -> new CardActionRefused(texts.get("issues.submit.draft-closed")));
    IssueSummary issue;
    try {
      issue = intake.raise(draft, turn.from());
    } catch (DataIntegrityViolationException raisedConcurrently) {
      issue = intake.raisedFrom(draftId).orElseThrow(() -> raisedConcurrently);
    }
    memory.clear();
    // The thanks goes to the reporter's chat from the event published with the issue.
    return Result.replaceWith(prompts.raised(issue, groupName(issue)));
  }

  private String groupName(IssueSummary issue) {
    return groups
        .byId(issue.groupId())
        .map(GroupInfo::name)
        .orElseGet(() -> texts.get("issues.the-group"));
  }
}
