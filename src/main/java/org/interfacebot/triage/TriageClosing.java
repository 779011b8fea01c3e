package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes triage votes: by the group's rule (plurality with a quorum) when every member has voted or
 * at the deadline, or by a chair's decision. A vote the rule cannot decide goes to the chairs.
 */
@Service
class TriageClosing {

  /** The audit detail of a vote that closed without a decision. */
  static final String UNDECIDED = "undecided";

  private final TriageRoundRepository rounds;
  private final VoteRepository votes;
  private final Groups groups;
  private final Issues issues;
  private final DecisionEffects effects;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final Texts texts;
  private final TransactionTemplate eachAlone;

  TriageClosing(
      TriageRoundRepository rounds,
      VoteRepository votes,
      Groups groups,
      Issues issues,
      DecisionEffects effects,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock,
      Texts texts,
      PlatformTransactionManager transactions) {
    this.eachAlone = new TransactionTemplate(transactions);
    this.texts = texts;
    this.rounds = rounds;
    this.votes = votes;
    this.groups = groups;
    this.issues = issues;
    this.effects = effects;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Applies the group's rule to a locked, open round. */
  @Transactional(propagation = Propagation.MANDATORY)
  void closeByRule(TriageRound round, String why) {
    Tally tally = round.tally();
    int quorum = groups.settings(round.groupId()).quorum();
    var issue = issues.byId(round.issueId()).orElseThrow();
    var voted = Outcome.of(tally, quorum);
    // More information from a reporter nothing links to the issue any more can never come.
    boolean nobodyToAsk =
        voted.filter(TriageChoice.MORE_INFO::equals).isPresent() && issue.reporterForgotten();
    var decision = nobodyToAsk ? Optional.<TriageChoice>empty() : voted;
    if (decision.isPresent()) {
      round.decide(
          decision.get(), texts.get("triage.rule.by-vote", why), null, null, clock.instant());
      effects.apply(round, null);
      audit.record(
          issue.groupId(),
          issue.reference(),
          AuditAction.CLOSED,
          Actor.bot(),
          decision.get().code());
    } else {
      round.awaitChair();
      audit.record(issue.groupId(), issue.reference(), AuditAction.CLOSED, Actor.bot(), UNDECIDED);
      events.publishEvent(
          new ChairsAsked(
              issue.id(),
              issue.groupId(),
              issue.reference(),
              nobodyToAsk
                  ? texts.get("triage.rule.nobody-to-ask")
                  : Outcome.whyUndecided(tally, quorum, texts)));
    }
    events.publishEvent(new TriageCardChanged(round.issueId()));
  }

  /** A chair's decision, on an open vote or one awaiting the chairs. */
  @Transactional
  void closeByChair(long issueId, TriageChoice decision, Person chair, String reason) {
    TriageRound round = rounds.lock(issueId).orElseThrow();
    var issue = issues.byId(issueId).orElseThrow();
    if (round.state() == RoundState.CLOSED && !waitingOnReporter(round, issue, decision)) {
      throw new TriageVoting.TriageClosed(issue.reference());
    }
    round.decide(decision, texts.name(chair), chair.key(), reason, clock.instant());
    effects.apply(round, reason);
    audit.record(
        issue.groupId(),
        issue.reference(),
        AuditAction.CLOSED,
        Actor.person(chair),
        decision.code());
    events.publishEvent(new TriageCardChanged(issueId));
  }

  /**
   * The group asked the reporter for more information and still waits: the chairs may decide
   * without it (discuss, refer or decline), as a reporter may never answer.
   */
  private static boolean waitingOnReporter(
      TriageRound round, org.interfacebot.issues.IssueSummary issue, TriageChoice decision) {
    return round.decision() == TriageChoice.MORE_INFO
        && decision != TriageChoice.MORE_INFO
        && issue.status() == org.interfacebot.issues.IssueStatus.MORE_INFO_NEEDED;
  }

  /**
   * Closes every open vote whose deadline has passed; returns how many. Each in a transaction of
   * its own: a vote accepted for discussion locks its group's row (MeetingForAccepted), and held on
   * to the next round's lock it would wait for a member's vote that holds that round and waits for
   * the group.
   */
  int closeDue() {
    var due = rounds.openPastDeadline(clock.instant());
    due.forEach(
        issueId ->
            eachAlone.executeWithoutResult(
                status ->
                    rounds
                        .lock(issueId)
                        .filter(TriageRound::open)
                        .ifPresent(
                            locked ->
                                closeByRule(locked, texts.get("triage.rule.deadline-passed")))));
    return due.size();
  }

  /**
   * Reopens a vote after the reporter added the information the group asked for. The votes cast
   * before are cleared (the audit trail keeps that they were cast): they were cast without the
   * answer, and kept they would close the vote the same way again unless every member thought to
   * change theirs; cleared, everyone is reminded before the new deadline. False, changing nothing,
   * when the vote is open already.
   */
  @Transactional
  boolean reopen(long issueId) {
    TriageRound round = rounds.lock(issueId).orElseThrow();
    if (round.open()) {
      return false; // reopened since it was read: the reporter's answer arrived twice at once
    }
    var now = clock.instant();
    int days = groups.settings(round.groupId()).voteDays();
    votes.deleteByIssueIds(java.util.List.of(issueId));
    round.reopen(now, now.plus(Duration.ofDays(days)));
    events.publishEvent(new TriageCardChanged(issueId));
    return true;
  }
}
