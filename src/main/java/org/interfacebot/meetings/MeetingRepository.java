package org.interfacebot.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

  List<Meeting> findByGroupIdAndStartsAtAfterOrderByStartsAt(long groupId, Instant after);

  Optional<Meeting> findFirstByGroupIdAndStartsAtBeforeOrderByStartsAtDesc(
      long groupId, Instant before);

  List<Meeting> findByGroupIdOrderByStartsAt(long groupId);

  Optional<Meeting> findFirstByGroupIdAndMinutesAtNotNullOrderByMinutesAtDesc(long groupId);

  List<Meeting> findByStartsAtAfterAndStartsAtBefore(Instant after, Instant before);
}
