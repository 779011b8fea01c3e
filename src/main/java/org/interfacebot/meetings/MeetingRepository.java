package org.interfacebot.meetings;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

  /**
   * The meetings starting between the two, by id: a sweep locks each ({@link #lock}) and reads it
   * as it is then, not as it was listed.
   */
  @Query("select m.id from Meeting m where m.startsAt > :after and m.startsAt < :before")
  List<Long> startingBetween(Instant after, Instant before);

  /** The group's meetings starting between the two, by id: a chair's change locks the one. */
  @Query(
      "select m.id from Meeting m where m.groupId = :groupId and m.startsAt > :after"
          + " and m.startsAt < :before")
  List<Long> onDay(long groupId, Instant after, Instant before);

  /** The meetings that have started and whose agenda is not frozen yet, by id. */
  @Query("select m.id from Meeting m where m.agendaFrozenAt is null and m.startsAt <= :now")
  List<Long> heldNotFrozen(Instant now);

  /**
   * The meetings held by then whose minutes have not been shared and whose chairs have not been
   * reminded of them, by id.
   */
  @Query(
      "select m.id from Meeting m where m.minutesAt is null and m.minutesReminded = false"
          + " and m.startsAt <= :heldBy")
  List<Long> minutesAwaited(Instant heldBy);

  /**
   * The meeting, locked until the transaction ends. A meeting already read in the same transaction
   * is returned as it was read, not as it is now, and would be written back over a chair's change
   * made meanwhile: read nothing of it before.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Meeting m where m.id = :id")
  Optional<Meeting> lock(long id);

  /**
   * Marks the agenda frozen unless it already is, or the meeting has been moved to later; 0 when
   * another turn or instance got there first (the row lock makes the second wait and then find it
   * frozen), or a chair moved it meanwhile.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Meeting m set m.agendaFrozenAt = :at where m.id = :id and m.agendaFrozenAt is null"
          + " and m.startsAt <= :at")
  int markAgendaFrozen(long id, Instant at);
}
