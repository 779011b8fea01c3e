package org.interfacebot.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

  List<Network> findByGroupIdOrderByName(long groupId);

  Optional<Network> findByTeamId(String teamId);
}
