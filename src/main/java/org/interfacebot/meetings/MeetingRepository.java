package org.interfacebot.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

  List<Meeting> findByGroupIdAndStartsAtAfterOrderByStartsAt(long groupId, Instant after);

  Optional<Meeting> findFirstByGroupIdAndStartsAtBeforeOrderByStartsAtDesc(
      long groupId, Instant before);

  List<Meeting> findByGroupIdOrderByStartsAt(long groupId);

  List<Meeting> findFirst3ByGroupIdAndStartsAtLessThanEqualOrderByStartsAtDesc(
      long groupId, Instant now);

  Optional<Meeting> findFirstByGroupIdAndMinutesAtNotNullOrderByMinutesAtDesc(long groupId);

  List<Meeting> findByStartsAtAfterAndStartsAtBefore(Instant after, Instant before);

  List<Meeting> findByAgendaFrozenAtIsNullAndStartsAtLessThanEqual(Instant now);

  /**
   * Marks the agenda frozen unless it already is; 0 when another turn or instance got there first
   * (the row lock makes the second wait and then find it frozen).
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Meeting m set m.agendaFrozenAt = :at where m.id = :id and m.agendaFrozenAt is null")
  int markAgendaFrozen(long id, Instant at);
}
