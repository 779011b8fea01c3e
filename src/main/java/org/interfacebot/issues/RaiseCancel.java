package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/** The Cancel button of the confirmation card. */
@Component
class RaiseCancel implements CardAction {

  private final IssueIntake intake;
  private final RaisePrompts prompts;
  private final Texts texts;

  RaiseCancel(IssueIntake intake, RaisePrompts prompts, Texts texts) {
    this.texts = texts;
    this.intake = intake;
    this.prompts = prompts;
  }

  @Override
  public String verb() {
    return "raise.cancel";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    String draftId = data.path("draftId").asText("");
    if (intake.raisedFrom(draftId).isPresent()) {
      return Result.replaceWith(null, texts.reply("issues.cancel.already-raised"));
    }
    if (RaiseFlow.draft(turn.memory()).filter(d -> d.draftId().equals(draftId)).isPresent()) {
      turn.memory().clear();
    }
    return Result.replaceWith(
        prompts.notice(texts.get("issues.cancel.title"), texts.get("issues.cancel.text")));
  }
}
