package org.interfacebot.groups;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<Group, Long> {

  Optional<Group> findByTeamId(String teamId);

  List<Group> findByTenantIdAndNetworkFalseOrderByInstalledAtDesc(String tenantId);

  List<Group> findByNetworkFalseOrderByInstalledAtDesc();

  /** The group, locked until the transaction ends ({@link Groups#takeTurns}). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select g from Group g where g.id = :id")
  Optional<Group> lock(long id);
}
