package org.interfacebot.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface ChairRepository extends JpaRepository<Chair, Long> {

  boolean existsByGroupIdAndPersonKey(long groupId, String personKey);

  List<Chair> findByGroupIdOrderByAddedAt(long groupId);

  List<Chair> findByPersonKey(String personKey);

  @Transactional
  long deleteByGroupIdAndPersonKey(long groupId, String personKey);
}
