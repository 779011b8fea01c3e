package org.interfacebot.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRepository extends JpaRepository<Group, Long> {

  Optional<Group> findByTeamId(String teamId);

  List<Group> findByTenantIdAndNetworkFalseOrderByInstalledAtDesc(String tenantId);

  List<Group> findByNetworkFalseOrderByInstalledAtDesc();
}
