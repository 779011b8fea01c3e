package org.interfacebot.triage;

import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.meetings.MeetingForAccepted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What each triage decision sets in motion; each one tells the reporter. */
@Component
class DecisionEffects {

  private final Issues issues;
  private final IssueProgress progress;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;
  private final java.time.Duration followUpAfter;
  private final Texts texts;
  private final AuditTrail audit;
  private final MeetingForAccepted meetingFor;

  DecisionEffects(
      Issues issues,
      IssueProgress progress,
      ApplicationEventPublisher events,
      java.time.Clock clock,
      @org.springframework.beans.factory.annotation.Value(
              "${interface-bot.triage.referral-follow-up:P28D}")
          java.time.Duration followUpAfter,
      Texts texts,
      AuditTrail audit,
      MeetingForAccepted meetingFor) {
    this.meetingFor = meetingFor;
    this.texts = texts;
    this.audit = audit;
    this.issues = issues;
    this.progress = progress;
    this.events = events;
    this.clock = clock;
    this.followUpAfter = followUpAfter;
  }

  void apply(TriageRound round, String reason) {
    var issue = issues.byId(round.issueId()).orElseThrow();
    if (movedOn(issue)) {
      // A chair put it on an agenda while the vote was open and its outcome is recorded: the
      // decision shows on the card, and the outcome stands.
      return;
    }
    String why = reason == null || reason.isBlank() ? "" : " " + sentence(reason);
    switch (round.decision()) {
      case DISCUSS -> accept(issue, why);
      case REFER -> {
        if (reason == null || reason.isBlank()) {
          issues.referTo(issue.id(), null, clock.instant().plus(followUpAfter));
          progress.moveTo(
              issue.id(), IssueStatus.REFERRED, texts.get("triage.decided.referral-pending"));
          events.publishEvent(new ReferralNeeded(issue.id(), issue.groupId()));
        } else {
          refer(issue.id(), reason.strip());
        }
      }
      case MORE_INFO -> {
        progress.moveTo(
            issue.id(), IssueStatus.MORE_INFO_NEEDED, texts.get("triage.decided.more-info", why));
        events.publishEvent(new MoreInfoRequested(issue.id(), issue.reporterKey()));
      }
      case DECLINE ->
          progress.moveTo(
              issue.id(),
              IssueStatus.DECLINED,
              why.isEmpty()
                  ? texts.get("triage.decided.decline")
                  : texts.get("triage.decided.decline-because", why));
    }
  }

  /**
   * A decision to discuss: the issue waits for a meeting of its theme or, when a coming meeting's
   * agenda already holds it, is scheduled for that meeting; either way its reporter hears it in one
   * message.
   */
  private void accept(IssueSummary issue, String why) {
    meetingFor
        .of(issue)
        .ifPresentOrElse(
            meeting ->
                progress.moveTo(
                    issue.id(),
                    IssueStatus.SCHEDULED,
                    texts.get(
                        "triage.decided.discuss-scheduled", meeting.theme(), meeting.when(), why)),
            () ->
                progress.moveTo(
                    issue.id(),
                    IssueStatus.ACCEPTED,
                    texts.get("triage.decided.discuss", texts.inSentence(issue.category()), why)));
  }

  /** A decision to refer that names the operational group: the issue is referred to it. */
  void refer(long issueId, String operationalGroup) {
    issues.referTo(issueId, operationalGroup, clock.instant().plus(followUpAfter));
    progress.moveTo(
        issueId, IssueStatus.REFERRED, texts.get("triage.decided.referred", operationalGroup));
  }

  /**
   * Names the operational group of an issue the group decided to refer without one; its reporter
   * hears which group. Two chairs may name it at once: the first counts, the second is refused.
   */
  @org.springframework.transaction.annotation.Transactional
  void nameGroup(IssueSummary issue, String operationalGroup, Person chair) {
    if (!issues.nameReferral(issue.id(), operationalGroup, clock.instant().plus(followUpAfter))) {
      throw new CardActionRefused(texts.get("triage.refer.already", issue.reference()));
    }
    audit.record(
        issue.groupId(), issue.reference(), AuditAction.GROUP_NAMED, Actor.person(chair), null);
    progress.tell(issue.id(), texts.get("triage.decided.referred", operationalGroup));
    events.publishEvent(new TriageCardChanged(issue.id()));
  }

  /**
   * Whether the issue left triage while its vote was open (an outcome recorded at a meeting); one
   * waiting for its reporter's more information has not.
   */
  static boolean movedOn(IssueSummary issue) {
    return issue.status() != IssueStatus.OPEN_FOR_TRIAGE
        && issue.status() != IssueStatus.MORE_INFO_NEEDED;
  }

  /** Whether the group decided to refer the issue and a chair has yet to say where. */
  boolean awaitsOperationalGroup(IssueSummary issue) {
    return issue.status() == IssueStatus.REFERRED && issues.referredTo(issue.id()).isEmpty();
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
