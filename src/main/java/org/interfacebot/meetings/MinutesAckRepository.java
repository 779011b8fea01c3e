package org.interfacebot.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesAckRepository extends JpaRepository<MinutesAck, Long> {

  List<MinutesAck> findByMeetingId(long meetingId);

  List<MinutesAck> findByAcknowledgedByKey(String personKey);

  Optional<MinutesAck> findByMeetingIdAndNetworkId(long meetingId, long networkId);
}
