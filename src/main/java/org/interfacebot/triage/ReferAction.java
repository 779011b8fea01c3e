package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** A chair names the operational group a referred issue goes to. */
@Component
class ReferAction implements CardAction {

  private final CardIssue cardIssue;
  private final Chairs chairs;
  private final DecisionEffects effects;
  private final PatientIdentifierGuard guard;
  private final GroupReplies replies;

  ReferAction(
      CardIssue cardIssue,
      Chairs chairs,
      DecisionEffects effects,
      PatientIdentifierGuard guard,
      GroupReplies replies) {
    this.replies = replies;
    this.cardIssue = cardIssue;
    this.chairs = chairs;
    this.effects = effects;
    this.guard = guard;
  }

  @Override
  public String verb() {
    return "triage.refer";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var issue = cardIssue.of(turn, data);
    if (!chairs.isChair(issue.groupId(), turn.from().key())) {
      throw new CardActionRefused(replies.notAChair("triage.what.refer"));
    }
    if (issue.status() == IssueStatus.REFERRED) {
      throw new CardActionRefused("%s has already been referred.".formatted(issue.reference()));
    }
    String other = data.path("otherGroup").asText("").strip();
    String chosen = other.isEmpty() ? data.path("operationalGroup").asText("").strip() : other;
    if (chosen.isEmpty() || chosen.length() > 200) {
      throw new CardActionRefused(
          "Please choose an operational group or type one (up to 200 characters).");
    }
    var verdict = guard.check(chosen);
    if (!verdict.clean()) {
      throw new CardActionRefused(verdict.explanation("operational group"));
    }
    effects.refer(issue.id(), chosen);
    return Result.replaceWith(
        null,
        org.interfacebot.chat.Reply.text(
            "%s is referred to %s. I've told the reporter.".formatted(issue.reference(), chosen)));
  }
}
