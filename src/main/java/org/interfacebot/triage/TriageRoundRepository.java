package org.interfacebot.triage;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TriageRoundRepository extends JpaRepository<TriageRound, Long> {

  /** The round, locked: votes and closing are serialised per issue, so tallies stay exact. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from TriageRound r where r.issueId = :issueId")
  Optional<TriageRound> lock(long issueId);

  @org.springframework.data.jpa.repository.Modifying
  @Query("delete from TriageRound r where r.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);

  List<TriageRound> findByStateAndDeadlineLessThanEqual(RoundState state, Instant now);

  List<TriageRound> findByStateAndRemindedFalseAndDeadlineLessThanEqual(
      RoundState state, Instant by);

  List<TriageRound> findByGroupIdAndState(long groupId, RoundState state);

  /** Decisions for more information made by the cutoff whose reporter has not been reminded. */
  List<TriageRound> findByStateAndDecisionAndReporterRemindedFalseAndDecidedAtLessThanEqual(
      RoundState state, TriageChoice decision, Instant cutoff);

  List<TriageRound> findByGroupIdAndStateAndDecisionAndDecidedAtLessThanEqualOrderByDecidedAt(
      long groupId, RoundState state, TriageChoice decision, Instant cutoff);

  List<TriageRound> findByDecidedByKey(String personKey);

  /** Rounds a chair decided (a rule's decision has no key) before the cutoff. */
  List<TriageRound> findByDecidedByKeyNotNullAndDecidedAtBefore(Instant cutoff);
}
