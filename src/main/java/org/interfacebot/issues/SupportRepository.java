package org.interfacebot.issues;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRepository extends JpaRepository<Support, Long> {

  Optional<Support> findByIssueIdAndSupporterKey(long issueId, String supporterKey);

  int countByIssueId(long issueId);

  java.util.List<Support> findByIssueId(long issueId);

  java.util.List<Support> findByIssueIdOrderByAddedAt(long issueId);

  java.util.List<Support> findBySupporterKey(String supporterKey);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "delete from Support s where s.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);
}
