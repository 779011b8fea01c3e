package org.interfacebot.groups;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ChairRepository extends JpaRepository<Chair, Long> {

  boolean existsByGroupIdAndPersonKey(long groupId, String personKey);

  List<Chair> findByGroupIdOrderByAddedAt(long groupId);

  List<Chair> findByPersonKey(String personKey);

  /** The group's appointed chairs, locked until the transaction ends (two removals in turn). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Chair c where c.groupId = :groupId")
  List<Chair> lockByGroupId(long groupId);

  @Modifying
  @Query(
      "update Chair c set c.name = :name where c.personKey = :personKey"
          + " and (c.name is null or c.name = '')")
  int name(String personKey, String name);

  @Transactional
  long deleteByGroupIdAndPersonKey(long groupId, String personKey);
}
