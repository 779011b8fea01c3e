package org.interfacebot.triage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

  /**
   * A person's vote on an issue, kept under their name or, where the group votes anonymously, their
   * keyed hash: a chair may switch between the two while the vote is open.
   */
  @org.springframework.data.jpa.repository.Query(
      "select v from Vote v where v.issueId = :issueId and v.voterKey in (:named, :hidden)")
  List<Vote> findOfPerson(long issueId, String named, String hidden);

  List<Vote> findByIssueId(long issueId);

  /** Votes still linked to a voter, by their name or keyed hash, in rounds in this state. */
  @org.springframework.data.jpa.repository.Query(
      "select v from Vote v, TriageRound r where r.issueId = v.issueId and r.state = :state"
          + " and v.voterKey in (:named, :hidden)")
  List<Vote> ofPersonInRounds(RoundState state, String named, String hidden);

  List<Vote> findByVoterKeyIn(java.util.Collection<String> voterKeys);

  /** Votes still linked to a voter in rounds closed before the cutoff. */
  @org.springframework.data.jpa.repository.Query(
      "select v from Vote v, TriageRound r where r.issueId = v.issueId and r.state = :state"
          + " and r.decidedAt < :cutoff and v.voterKey not like :unlinked")
  List<Vote> linkedInRoundsDecidedBefore(
      RoundState state, java.time.Instant cutoff, String unlinked);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query("delete from Vote v where v.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);
}
