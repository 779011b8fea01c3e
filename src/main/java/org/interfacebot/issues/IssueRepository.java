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

  List<Issue>
      findByStatusAndReferralReplyIsNullAndFollowUpRemindedFalseAndReferralFollowUpLessThanEqual(
          IssueStatus status, java.time.Instant now);

  /** Issues whose work is over (in one of the statuses) since before the cutoff. */
  List<Issue> findByStatusInAndStatusChangedAtBefore(
      Collection<IssueStatus> statuses, java.time.Instant cutoff);

  /** Names the operational group of a referral that has none yet; 0 if one was named first. */
  @org.springframework.data.jpa.repository.Modifying(
      flushAutomatically = true,
      clearAutomatically = true)
  @org.springframework.data.jpa.repository.Query(
      "update Issue i set i.referredTo = :group, i.referralFollowUp = :followUp,"
          + " i.followUpReminded = false where i.id = :id and i.referredTo is null")
  int nameReferral(long id, String group, java.time.Instant followUp);

  List<Issue> findByGroupIdAndStatusAndReferredToIsNullOrderByRaisedAt(
      long groupId, IssueStatus status);

  List<Issue> findByGroupIdAndCategoryAndStatusInOrderByRaisedAt(
      long groupId, Category category, Collection<IssueStatus> statuses);
}
