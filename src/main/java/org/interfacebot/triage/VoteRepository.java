package org.interfacebot.triage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

  Optional<Vote> findByIssueIdAndVoterKey(long issueId, String voterKey);

  List<Vote> findByIssueId(long issueId);

  long countByIssueId(long issueId);
}
