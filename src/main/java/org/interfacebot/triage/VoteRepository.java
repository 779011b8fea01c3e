package org.interfacebot.triage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

  Optional<Vote> findByIssueIdAndVoterKey(long issueId, String voterKey);

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
