package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.ReporterTold;
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
  private final Texts texts;

  ReferAction(
      CardIssue cardIssue,
      Chairs chairs,
      DecisionEffects effects,
      PatientIdentifierGuard guard,
      GroupReplies replies,
      Texts texts) {
    this.texts = texts;
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
    if (!effects.awaitsOperationalGroup(issue)) {
      // Only an issue the group decided to refer waits for its group: a replayed or crafted press
      // on one still in its vote, or decided otherwise, changes nothing.
      throw new CardActionRefused(
          issue.status() == IssueStatus.REFERRED
              ? texts.get("triage.refer.already", issue.reference())
              : texts.get(
                  "triage.refer.not-waiting", issue.reference(), texts.inSentence(issue.status())));
    }
    String other = data.path("otherGroup").asText("").strip();
    String chosen = other.isEmpty() ? data.path("operationalGroup").asText("").strip() : other;
    if (chosen.isEmpty() || chosen.length() > 200) {
      throw new CardActionRefused(texts.get("triage.refer.choose"));
    }
    var verdict = guard.check(chosen);
    if (!verdict.clean()) {
      throw new CardActionRefused(
          verdict.explanation(texts.get("triage.field.operational-group"), texts));
    }
    effects.nameGroup(issue, chosen, turn.from());
    return Result.replaceWith(
        null,
        texts.reply("triage.refer.done", issue.reference(), chosen, ReporterTold.of(issue, texts)));
  }
}
