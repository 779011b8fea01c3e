package org.interfacebot.fellows;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  Optional<Assignment> findByIssueId(long issueId);

  List<Assignment> findByFellowKey(String fellowKey);

  List<Assignment> findByAssignedBy(String chairKey);

  /**
   * The issues whose assignment names the person as fellow or as the chair who made it, in id
   * order: forget me locks each issue, in that order, before reading its assignment.
   */
  @Query(
      "select a.issueId from Assignment a where a.fellowKey = :personKey"
          + " or a.assignedBy = :personKey order by a.issueId")
  List<Long> issuesNaming(String personKey);

  /** The assignments of these issues, by id. */
  @Query("select a.id from Assignment a where a.issueId in :issueIds")
  List<Long> idsOfIssues(Collection<Long> issueIds);

  /**
   * Which of these issues have an assignment, in id order: retention locks each issue, then its
   * assignment, before changing it.
   */
  @Query("select a.issueId from Assignment a where a.issueId in :issueIds order by a.issueId")
  List<Long> assignedAmong(Collection<Long> issueIds);

  /**
   * The issue's assignment, locked until the transaction ends. One already read in the same
   * transaction is returned as it was read, not as it is now: read nothing of it before.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Assignment a where a.issueId = :issueId")
  Optional<Assignment> lockOfIssue(long issueId);
}
