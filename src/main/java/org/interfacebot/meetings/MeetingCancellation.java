package org.interfacebot.meetings;

import java.util.List;
import java.util.Optional;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code meetings cancel <day>}: a meeting set by mistake, or called off, goes, with the chairs'
 * changes to its agenda. The reporters of its scheduled issues hear where they go next, as when an
 * issue comes off an agenda; the channel is told. A meeting with minutes or an outcome took place
 * and stays.
 */
@Service
class MeetingCancellation {

  /** What a cancellation did: the meeting as it was, and its agenda. */
  record Cancelled(Meeting meeting, List<IssueSummary> agenda) {}

  /** Why it was not cancelled. */
  static final class TookPlace extends RuntimeException {
    TookPlace() {
      super(null, null, false, false);
    }
  }

  private final MeetingRepository meetings;
  private final MeetingItemRepository items;
  private final MeetingAgendaItemRepository frozen;
  private final Agendas agendas;
  private final OffTheAgenda offTheAgenda;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Texts texts;

  MeetingCancellation(
      MeetingRepository meetings,
      MeetingItemRepository items,
      MeetingAgendaItemRepository frozen,
      Agendas agendas,
      OffTheAgenda offTheAgenda,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Texts texts) {
    this.meetings = meetings;
    this.items = items;
    this.frozen = frozen;
    this.agendas = agendas;
    this.offTheAgenda = offTheAgenda;
    this.events = events;
    this.audit = audit;
    this.texts = texts;
  }

  /**
   * Cancels the meeting; empty when it is gone already (another chair at the same moment).
   *
   * @throws TookPlace when its minutes were shared or an outcome was recorded at it
   */
  @Transactional
  Optional<Cancelled> cancel(long meetingId, Person chair) {
    // Locked: a chair recording an outcome or sharing the minutes meanwhile waits, or goes first.
    var locked = meetings.lock(meetingId);
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Meeting meeting = locked.get();
    var changes = items.findByMeetingId(meetingId);
    if (meeting.minutesAt() != null || changes.stream().anyMatch(i -> i.outcome() != null)) {
      throw new TookPlace();
    }
    var agenda = agendas.of(meeting);
    for (IssueSummary issue : agenda) {
      offTheAgenda.cancelled(meeting, issue);
    }
    items.deleteAll(changes);
    frozen.deleteByMeetingId(meetingId);
    meetings.delete(meeting);
    var when = MeetingDates.show(meeting.startsAt().atZone(MeetingDates.UK), texts);
    events.publishEvent(
        new MeetingCancelled(meeting.groupId(), texts.inSentence(meeting.theme()), when));
    audit.record(
        meeting.groupId(),
        null,
        AuditAction.MEETING_CANCELLED,
        Actor.person(chair),
        meeting.theme().name() + "@" + meeting.startsAt());
    return Optional.of(new Cancelled(meeting, agenda));
  }
}
