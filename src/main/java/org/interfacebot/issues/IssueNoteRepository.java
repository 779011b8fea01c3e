package org.interfacebot.issues;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueNoteRepository extends JpaRepository<IssueNote, Long> {

  List<IssueNote> findByIssueIdOrderByAddedAt(long issueId);
}
