package org.interfacebot.issues;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps issues no longer than needed: an issue whose work is over (declined, actioned, closed, or
 * referred to an operational group) loses its reporter's identity, and later its whole record.
 */
@Service
public class IssueRetention {

  /** Statuses in which the group's work on an issue is over. */
  static final Set<IssueStatus> SETTLED =
      EnumSet.of(
          IssueStatus.DECLINED, IssueStatus.ACTIONED, IssueStatus.CLOSED, IssueStatus.REFERRED);

  private final IssueRepository issues;
  private final SupportRepository supports;
  private final IssueNoteRepository notes;

  IssueRetention(IssueRepository issues, SupportRepository supports, IssueNoteRepository notes) {
    this.issues = issues;
    this.supports = supports;
    this.notes = notes;
  }

  /**
   * Anonymises settled issues last changed before the cutoff; returns how many were changed. Each
   * is locked and read afresh: a chair's change made since the listing (a referral's reply, a new
   * status) is not written over, and an issue no longer settled keeps its reporter.
   */
  @Transactional
  public int anonymiseSettledBefore(Instant cutoff) {
    int changed = 0;
    for (long issueId : issues.inStatusesSince(SETTLED, cutoff)) {
      var locked = issues.lock(issueId).filter(i -> i.settledBefore(SETTLED, cutoff));
      if (locked.isEmpty()) {
        continue;
      }
      Issue issue = locked.get();
      if (!Tombstone.is(issue.summary().reporterKey())) {
        issue.anonymise(Tombstone.next());
        changed++;
      }
      supports.findByIssueId(issue.id()).stream()
          .filter(s -> !Tombstone.is(s.supporterKey()))
          .forEach(s -> s.unlink(Tombstone.next()));
    }
    return changed;
  }

  /**
   * Whether the issue is still settled since before the cutoff, locked and read afresh: it stays so
   * until the caller's transaction ends (a chair's corrected outcome reopening it waits).
   */
  @Transactional
  public boolean stillSettledBefore(long issueId, Instant cutoff) {
    return issues.lock(issueId).filter(i -> i.settledBefore(SETTLED, cutoff)).isPresent();
  }

  /** The ids of settled issues last changed before the cutoff. */
  @Transactional(readOnly = true)
  public List<Long> settledBefore(Instant cutoff) {
    // Ids only: an issue read here would be changed later in this transaction as it was read.
    return issues.inStatusesSince(SETTLED, cutoff);
  }

  /**
   * Deletes the issues with their notes and supports. Other modules' rows that refer to them
   * (votes, meeting items) must be gone first.
   */
  @Transactional
  public int delete(Collection<Long> issueIds) {
    if (issueIds.isEmpty()) {
      return 0;
    }
    supports.deleteByIssueIds(issueIds);
    notes.deleteByIssueIds(issueIds);
    issues.deleteAllByIdInBatch(issueIds);
    return issueIds.size();
  }
}
