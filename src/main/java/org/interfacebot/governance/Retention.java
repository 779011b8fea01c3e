package org.interfacebot.governance;

import java.time.Clock;
import org.interfacebot.issues.IssueRetention;
import org.interfacebot.meetings.Meetings;
import org.interfacebot.triage.VoterRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies the {@link RetentionPolicy} once, across the modules that hold the data. */
@Component
class Retention {

  private final RetentionPolicy policy;
  private final IssueRetention issues;
  private final VoterRecords voters;
  private final Meetings meetings;
  private final Clock clock;

  Retention(
      RetentionPolicy policy,
      IssueRetention issues,
      VoterRecords voters,
      Meetings meetings,
      Clock clock) {
    this.policy = policy;
    this.issues = issues;
    this.voters = voters;
    this.meetings = meetings;
    this.clock = clock;
  }

  @Transactional
  Applied apply() {
    var now = clock.instant();
    var expired = issues.settledBefore(now.minus(policy.deleteIssuesAfter()));
    meetings.forgetIssues(expired);
    voters.deleteForIssues(expired);
    int deleted = issues.delete(expired);
    int anonymised = issues.anonymiseSettledBefore(now.minus(policy.anonymiseIssuesAfter()));
    int unlinked = voters.unlinkVotesClosedBefore(now.minus(policy.keepVotersFor()));
    return new Applied(anonymised, deleted, unlinked);
  }

  record Applied(int issuesAnonymised, int issuesDeleted, int votesUnlinked) {

    boolean anything() {
      return issuesAnonymised + issuesDeleted + votesUnlinked > 0;
    }
  }
}
