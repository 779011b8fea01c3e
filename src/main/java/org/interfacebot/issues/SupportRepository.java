package org.interfacebot.issues;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRepository extends JpaRepository<Support, Long> {

  Optional<Support> findByIssueIdAndSupporterKey(long issueId, String supporterKey);

  int countByIssueId(long issueId);
}
