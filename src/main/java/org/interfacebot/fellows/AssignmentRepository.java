package org.interfacebot.fellows;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  Optional<Assignment> findByIssueId(long issueId);

  List<Assignment> findByFellowKey(String fellowKey);

  List<Assignment> findByAssignedBy(String chairKey);

  List<Assignment> findByIssueIdIn(Collection<Long> issueIds);
}
