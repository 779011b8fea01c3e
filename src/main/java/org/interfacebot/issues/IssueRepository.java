package org.interfacebot.issues;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueRepository extends JpaRepository<Issue, Long> {

  /** One issue at most from each group: references are counted per group. */
  List<Issue> findByReferenceAndGroupIdInOrderByGroupId(
      String reference, Collection<Long> groupIds);

  /**
   * The one group's issue: what a channel sees. Hibernate translates a query with a list parameter
   * afresh on every call (its SQL depends on the list's length); this one it translates once. A
   * vote looks its issue up this way (P2 in docs/benchmarks.md).
   */
  Optional<Issue> findByReferenceAndGroupId(String reference, long groupId);

  boolean existsByGroupId(long groupId);

  Optional<Issue> findByDraftId(String draftId);

  List<Issue> findByGroupIdAndCategoryAndStatusIn(
      long groupId, Category category, Collection<IssueStatus> statuses);

  List<Issue> findByReporterKeyOrderByRaisedAtDesc(String reporterKey);

  /**
   * Referred issues whose follow-up date has come with no reply recorded nor chased yet: their ids,
   * for the sweep to lock each (see {@link #lock}) and read it as it is then.
   */
  @org.springframework.data.jpa.repository.Query(
      "select i.id from Issue i where i.status = org.interfacebot.issues.IssueStatus.REFERRED"
          + " and i.referralReply is null and i.followUpReminded = false"
          + " and i.referralFollowUp <= :now")
  List<Long> referralsToChase(java.time.Instant now);

  /**
   * Issues whose work is over (in one of the statuses) since before the cutoff, by id: retention
   * locks each before changing it (see {@link #lock}).
   */
  @org.springframework.data.jpa.repository.Query(
      "select i.id from Issue i where i.status in :statuses and i.statusChangedAt < :cutoff")
  List<Long> inStatusesSince(Collection<IssueStatus> statuses, java.time.Instant cutoff);

  /**
   * The issue, locked until the transaction ends: two chairs' changes to it take turns. An issue
   * already read in the same transaction is returned as it was read, not as it is now: a sweep
   * lists ids and locks each before reading it.
   */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select i from Issue i where i.id = :id")
  Optional<Issue> lock(long id);

  List<Issue> findByGroupIdAndStatusAndReferredToIsNullOrderByRaisedAt(
      long groupId, IssueStatus status);

  List<Issue> findByGroupIdAndCategoryAndStatusInOrderByRaisedAt(
      long groupId, Category category, Collection<IssueStatus> statuses);
}
