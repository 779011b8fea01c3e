package org.interfacebot.triage;

import java.time.Clock;
import java.util.Collection;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records members' votes: one per member and issue, changeable while triage is open. */
@Service
class TriageVoting {

  private final Issues issues;
  private final VoteRepository votes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TriageVoting(Issues issues, VoteRepository votes, ApplicationEventPublisher events, Clock clock) {
    this.issues = issues;
    this.votes = votes;
    this.events = events;
    this.clock = clock;
  }

  /** Casts or changes a vote; returns the issue voted on. */
  @Transactional
  IssueSummary cast(
      String reference, Collection<Long> groupIds, String voterKey, TriageChoice choice) {
    IssueSummary issue =
        issues.byReference(reference, groupIds).orElseThrow(() -> new NoSuchIssue(reference));
    if (issue.status() != IssueStatus.OPEN_FOR_TRIAGE) {
      throw new TriageClosed(issue.reference());
    }
    var now = clock.instant();
    votes
        .findByIssueIdAndVoterKey(issue.id(), voterKey)
        .ifPresentOrElse(
            vote -> vote.change(choice, now),
            () -> votes.save(new Vote(issue.id(), voterKey, choice, now)));
    events.publishEvent(new VoteCast(issue.id()));
    return issue;
  }

  static class NoSuchIssue extends RuntimeException {
    NoSuchIssue(String reference) {
      super("No issue " + reference);
    }
  }

  static class TriageClosed extends RuntimeException {
    TriageClosed(String reference) {
      super("Triage of " + reference + " is closed");
    }
  }
}
