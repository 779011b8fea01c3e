package org.interfacebot.fellows;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateRepository extends JpaRepository<ProgressUpdate, Long> {

  List<ProgressUpdate> findByAssignmentIdIn(Collection<Long> assignmentIds);

  List<ProgressUpdate> findByAuthorKey(String authorKey);
}
