package org.interfacebot.triage;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TriageRoundRepository extends JpaRepository<TriageRound, Long> {

  /**
   * The round, locked: votes and closing are serialised per issue, so tallies stay exact. Read
   * nothing of the round before this in the same transaction: a round already read is returned as
   * it was read, not as it is now, and its old tally would be written back over a vote counted
   * meanwhile. Sweeps list issue ids (below) and lock each.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from TriageRound r where r.issueId = :issueId")
  Optional<TriageRound> lock(long issueId);

  @org.springframework.data.jpa.repository.Modifying
  @Query("delete from TriageRound r where r.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);

  List<TriageRound> findByStateAndDeadlineLessThanEqual(RoundState state, Instant now);

  /** The issues whose vote is open and past its deadline. */
  @Query(
      "select r.issueId from TriageRound r"
          + " where r.state = org.interfacebot.triage.RoundState.OPEN and r.deadline <= :now")
  List<Long> openPastDeadline(Instant now);

  /** The issues whose vote is open, closes by then and whose members have not been reminded. */
  @Query(
      "select r.issueId from TriageRound r"
          + " where r.state = org.interfacebot.triage.RoundState.OPEN and r.reminded = false"
          + " and r.deadline <= :by")
  List<Long> openUnremindedClosingBy(Instant by);

  List<TriageRound> findByGroupIdAndState(long groupId, RoundState state);

  /** The issues asked for more information by the cutoff whose reporter has not been reminded. */
  @Query(
      "select r.issueId from TriageRound r"
          + " where r.state = org.interfacebot.triage.RoundState.CLOSED"
          + " and r.decision = org.interfacebot.triage.TriageChoice.MORE_INFO"
          + " and r.reporterReminded = false and r.decidedAt <= :cutoff")
  List<Long> unansweredUnremindedSince(Instant cutoff);

  List<TriageRound> findByGroupIdAndStateAndDecisionAndDecidedAtLessThanEqualOrderByDecidedAt(
      long groupId, RoundState state, TriageChoice decision, Instant cutoff);

  /** The issues whose vote the person decided as chair, by id: each is locked before it changes. */
  @Query("select r.issueId from TriageRound r where r.decidedByKey = :personKey")
  List<Long> decidedBy(String personKey);

  /** The issues whose vote a chair decided (a rule's decision has no key) before the cutoff. */
  @Query(
      "select r.issueId from TriageRound r"
          + " where r.decidedByKey is not null and r.decidedAt < :cutoff")
  List<Long> decidedByAChairBefore(Instant cutoff);
}
