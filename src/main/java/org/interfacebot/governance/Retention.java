package org.interfacebot.governance;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
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
  private final AuditTrail audit;
  private final List<PersonalRecords> otherRecords;
  private final Clock clock;

  Retention(
      RetentionPolicy policy,
      IssueRetention issues,
      VoterRecords voters,
      Meetings meetings,
      AuditTrail audit,
      List<PersonalRecords> otherRecords,
      Clock clock) {
    this.audit = audit;
    this.otherRecords = List.copyOf(otherRecords);
    this.policy = policy;
    this.issues = issues;
    this.voters = voters;
    this.meetings = meetings;
    this.clock = clock;
  }

  @Transactional
  Applied apply() {
    var now = clock.instant();
    var cutoffs =
        new RetentionCutoffs(
            now.minus(policy.keepVotersFor()),
            now.minus(policy.anonymiseIssuesAfter()),
            now.minus(policy.deleteIssuesAfter()),
            now.minus(policy.keepShadowingFor()));
    // First, while the issues they hang on are still there: sense-checks, shadowing, fellows.
    int others = otherRecords.stream().mapToInt(records -> records.applyRetention(cutoffs)).sum();
    var expired = issues.settledBefore(cutoffs.deleteBefore());
    meetings.forgetIssues(expired);
    voters.deleteForIssues(expired);
    int deleted = issues.delete(expired);
    int anonymised = issues.anonymiseSettledBefore(cutoffs.anonymiseBefore());
    int unlinked = voters.unlinkVotesClosedBefore(cutoffs.votersBefore());
    // A chair's name on the decision goes when the audit trail's does; a card in Teams shows it
    // gone the next time it is refreshed, as for a reporter's.
    int deciders = voters.forgetDecidersBefore(cutoffs.anonymiseBefore()).size();
    // The audit trail keeps no one longer than the records it describes: who voted how goes with
    // the votes' links, everyone else with the reporters'. The entries themselves stay.
    int auditUnlinked =
        audit.unlinkBefore(
                cutoffs.votersBefore(), EnumSet.of(AuditAction.VOTE_CAST, AuditAction.VOTE_CHANGED))
            + audit.unlinkBefore(cutoffs.anonymiseBefore(), EnumSet.allOf(AuditAction.class));
    return new Applied(anonymised, deleted, unlinked, deciders, auditUnlinked, others);
  }

  record Applied(
      int issuesAnonymised,
      int issuesDeleted,
      int votesUnlinked,
      int decidersUnlinked,
      int auditUnlinked,
      int otherRecords) {

    boolean anything() {
      return issuesAnonymised
              + issuesDeleted
              + votesUnlinked
              + decidersUnlinked
              + auditUnlinked
              + otherRecords
          > 0;
    }
  }
}
