package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for more information that the reporter has left unanswered for {@code
 * more-info-reminder} (a week by default): the reporter is reminded once in 1:1, and {@code health}
 * lists the issue for the chairs, who may decide without the answer. A reporter who asked to be
 * forgotten is never reminded: their issue went back to the chairs ({@link UnanswerableRequests}).
 */
@Component
class MoreInfoWaits {

  private final TriageRoundRepository rounds;
  private final Issues issues;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration remindAfter;

  MoreInfoWaits(
      TriageRoundRepository rounds,
      Issues issues,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${interface-bot.triage.more-info-reminder:P7D}") Duration remindAfter) {
    this.rounds = rounds;
    this.issues = issues;
    this.events = events;
    this.clock = clock;
    this.remindAfter = remindAfter;
  }

  /** Reminds, once per request, each reporter who has not answered in time; returns how many. */
  @Transactional
  int remindDue() {
    int sent = 0;
    var cutoff = cutoff();
    for (long issueId : rounds.unansweredUnremindedSince(cutoff)) {
      // Locked, as the reporter's answer reopens the round: a reminder is not written over it.
      var round = rounds.lock(issueId).filter(r -> r.unansweredSince(cutoff));
      if (round.isEmpty()) {
        continue;
      }
      // Marked also when nobody is reminded (forgotten, or moved on): it is not looked at again.
      round.get().reporterReminded();
      var issue = issues.byId(issueId).filter(MoreInfoWaits::waitsForReporter);
      if (issue.isPresent()) {
        events.publishEvent(new MoreInfoReminderDue(issueId, issue.get().reporterKey()));
        sent++;
      }
    }
    return sent;
  }

  /**
   * The references of the group's issues waiting longer than the reminder interval, oldest first.
   */
  @Transactional(readOnly = true)
  List<String> overdue(long groupId) {
    return rounds
        .findByGroupIdAndStateAndDecisionAndDecidedAtLessThanEqualOrderByDecidedAt(
            groupId, RoundState.CLOSED, TriageChoice.MORE_INFO, cutoff())
        .stream()
        .flatMap(r -> issues.byId(r.issueId()).filter(MoreInfoWaits::waitsForReporter).stream())
        .map(IssueSummary::reference)
        .toList();
  }

  /** How long a reporter has to answer before they are reminded, in whole days. */
  long remindAfterDays() {
    return remindAfter.toDays();
  }

  /** Whether the issue still waits for its reporter's answer, and there is a reporter to ask. */
  static boolean waitsForReporter(IssueSummary issue) {
    return issue.status() == IssueStatus.MORE_INFO_NEEDED && !issue.reporterForgotten();
  }

  private java.time.Instant cutoff() {
    return clock.instant().minus(remindAfter);
  }
}
