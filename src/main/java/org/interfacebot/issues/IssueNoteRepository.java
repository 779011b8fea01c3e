package org.interfacebot.issues;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueNoteRepository extends JpaRepository<IssueNote, Long> {

  List<IssueNote> findByIssueIdOrderByAddedAt(long issueId);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "delete from IssueNote n where n.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);
}
