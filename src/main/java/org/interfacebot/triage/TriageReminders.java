package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The day before a vote closes: one reminder to each member who has not voted, none to voters. */
@Component
class TriageReminders {

  private static final Duration REMIND_BEFORE = Duration.ofDays(1);

  private final TriageRoundRepository rounds;
  private final TriageVoting voting;
  private final Issues issues;
  private final Members members;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TriageReminders(
      TriageRoundRepository rounds,
      TriageVoting voting,
      Issues issues,
      Members members,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rounds = rounds;
    this.voting = voting;
    this.issues = issues;
    this.members = members;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One reminder per member who has not voted, for votes closing within a day; returns how many.
   */
  @Transactional
  int remindDue() {
    int sent = 0;
    for (long issueId : rounds.openUnremindedClosingBy(clock.instant().plus(REMIND_BEFORE))) {
      // Locked, as a vote is counted: the round is not written back over a vote counted meanwhile.
      var locked = rounds.lock(issueId).filter(TriageRound::open);
      if (locked.isEmpty()) {
        continue;
      }
      var round = locked.get();
      var issue = issues.byId(issueId).orElseThrow();
      for (var member : members.all(round.groupId())) {
        if (voting.voteOf(issue, member.key()).isEmpty()) {
          events.publishEvent(new VoteReminderDue(round.issueId(), round.groupId(), member.key()));
          sent++;
        }
      }
      round.reminded();
    }
    return sent;
  }

  /** Chases referrals with no reply by their follow-up date, once each; returns how many. */
  @Transactional
  int followUpReferrals() {
    var due = issues.referralsToFollowUp();
    for (var issue : due) {
      events.publishEvent(
          new ReferralFollowUpDue(
              issue.id(),
              issue.groupId(),
              issue.reference(),
              issues.referredTo(issue.id()).orElse(null)));
    }
    return due.size();
  }
}
