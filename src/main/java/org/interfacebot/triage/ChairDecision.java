package org.interfacebot.triage;

import java.util.Collection;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** A chair closing a vote, by command or card: checks who asks and what they wrote. */
@Component
class ChairDecision {

  private final Issues issues;
  private final Chairs chairs;
  private final TriageClosing closing;
  private final PatientIdentifierGuard guard;
  private final GroupReplies replies;
  private final DecisionEffects effects;
  private final Texts texts;

  ChairDecision(
      Issues issues,
      Chairs chairs,
      TriageClosing closing,
      PatientIdentifierGuard guard,
      GroupReplies replies,
      DecisionEffects effects,
      Texts texts) {
    this.texts = texts;
    this.effects = effects;
    this.replies = replies;
    this.issues = issues;
    this.chairs = chairs;
    this.closing = closing;
    this.guard = guard;
  }

  /**
   * Closes the vote, or names the operational group of an issue the group already decided to refer;
   * a refusal explains itself and changes nothing.
   */
  Decided close(
      String reference,
      Collection<Long> groupIds,
      Person chair,
      TriageChoice decision,
      String reason) {
    IssueSummary issue =
        issues
            .byReference(reference, groupIds, i -> chairs.isChair(i.groupId(), chair.key()))
            .orElseThrow(
                () ->
                    new CardActionRefused(
                        texts.get(
                            "triage.no-such-issue",
                            References.echo(reference, texts.get("triage.with-that-reference")))));
    if (!chairs.isChair(issue.groupId(), chair.key())) {
      throw new CardActionRefused(replies.notAChair("triage.what.close-vote"));
    }
    String why = reason == null ? "" : reason.strip();
    if (decision == TriageChoice.MORE_INFO && issue.reporterForgotten()) {
      throw new CardActionRefused(texts.get("triage.close.no-one-to-ask", issue.reference()));
    }
    // The reporter is told why their issue is not taken on: a decline needs a reason, however sent.
    if (decision == TriageChoice.DECLINE && why.isEmpty()) {
      throw new CardActionRefused(
          texts.get("triage.close.decline-reason-needed", issue.reference()));
    }
    if (why.length() > 1000) {
      throw new CardActionRefused(texts.get("triage.close.reason-too-long"));
    }
    var verdict = guard.check(why);
    if (!verdict.clean()) {
      throw new CardActionRefused(verdict.explanation(texts.get("triage.field.reason"), texts));
    }
    if (decision == TriageChoice.REFER && !why.isEmpty() && effects.awaitsOperationalGroup(issue)) {
      effects.nameGroup(issue, why, chair);
      return new Decided(issue, true);
    }
    try {
      closing.closeByChair(issue.id(), decision, chair, why.isEmpty() ? null : why);
    } catch (TriageVoting.TriageClosed alreadyClosed) {
      throw new CardActionRefused(texts.get("triage.close.already-decided", issue.reference()));
    }
    return new Decided(issue, false);
  }

  /**
   * The issue decided on, as it was before, and whether this named the group of an earlier decision
   * to refer.
   */
  record Decided(IssueSummary issue, boolean groupNamed) {

    /** Whether the issue had moved on (its outcome recorded), so that closing changed nothing. */
    boolean movedOn() {
      return !groupNamed && DecisionEffects.movedOn(issue);
    }
  }
}
