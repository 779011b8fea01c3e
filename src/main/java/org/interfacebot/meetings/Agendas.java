package org.interfacebot.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings' agendas. A coming meeting's agenda is live: the accepted issues of its theme, with the
 * chairs' additions and removals. Once the meeting has been held its agenda is frozen, so that an
 * issue accepted afterwards does not join it and an issue it discussed does not leave it: its
 * minutes, the reporters told and the outcomes recorded for it all use the frozen list.
 */
@Service
class Agendas {

  private final MeetingRepository meetings;
  private final MeetingItemRepository items;
  private final MeetingAgendaItemRepository frozen;
  private final Issues issues;
  private final Clock clock;

  Agendas(
      MeetingRepository meetings,
      MeetingItemRepository items,
      MeetingAgendaItemRepository frozen,
      Issues issues,
      Clock clock) {
    this.meetings = meetings;
    this.items = items;
    this.frozen = frozen;
    this.issues = issues;
    this.clock = clock;
  }

  /** The meeting's agenda: frozen once it was held, else live. */
  @Transactional(readOnly = true)
  List<IssueSummary> of(Meeting meeting) {
    if (meeting.agendaFrozenAt() == null) {
      return live(meeting);
    }
    return frozen.findByMeetingIdOrderByPosition(meeting.id()).stream()
        .map(item -> issues.byId(item.issueId()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Accepted issues of the meeting's theme, oldest first, with the issues chairs added and without
   * those they removed; issues with an outcome stay on it.
   */
  private List<IssueSummary> live(Meeting meeting) {
    var byId = new LinkedHashMap<Long, IssueSummary>();
    issues.awaitingMeeting(meeting.groupId(), meeting.theme()).forEach(i -> byId.put(i.id(), i));
    for (MeetingItem item : items.findByMeetingId(meeting.id())) {
      if (item.added() || item.outcome() != null) {
        issues.byId(item.issueId()).ifPresent(i -> byId.putIfAbsent(i.id(), i));
      } else {
        byId.remove(item.issueId());
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Whether the coming meeting's live agenda holds the issue once it is accepted: as {@link #live},
   * a chair's addition or a recorded outcome puts it on, a chair's removal keeps it off, and
   * otherwise an issue of the meeting's theme is on it.
   */
  @Transactional(readOnly = true)
  boolean holdsOnceAccepted(Meeting meeting, IssueSummary issue) {
    return items
        .findByMeetingIdAndIssueId(meeting.id(), issue.id())
        .map(item -> item.added() || item.outcome() != null)
        .orElse(meeting.theme() == issue.category());
  }

  /**
   * Freezes the agenda of every meeting that has started and is not frozen yet. Call it before
   * loading meetings in the transaction: it clears the persistence context. It lists ids, so that
   * each meeting is read as it is when frozen: one a chair moved later meanwhile is left live.
   */
  @Transactional
  int freezeHeld() {
    return (int)
        meetings.heldNotFrozen(clock.instant()).stream().filter(this::freezeIfHeld).count();
  }

  /** Freezes the meeting's agenda if it has started and is not frozen yet; true if it did. */
  @Transactional
  boolean freezeIfHeld(long meetingId) {
    var now = clock.instant();
    // Locked: read as it is now, and no chair's change slips in before the freeze.
    var meeting = meetings.lock(meetingId).orElseThrow();
    if (meeting.agendaFrozenAt() != null || meeting.startsAt().isAfter(now)) {
      return false;
    }
    var agenda = live(meeting);
    if (meetings.markAgendaFrozen(meetingId, now) == 0) {
      return false;
    }
    for (int position = 0; position < agenda.size(); position++) {
      frozen.save(new MeetingAgendaItem(meetingId, agenda.get(position).id(), position));
    }
    return true;
  }

  /** A meeting moved back into the future has a live agenda again. */
  @Transactional
  void thaw(Meeting meeting) {
    if (meeting.agendaFrozenAt() != null) {
      frozen.deleteByMeetingId(meeting.id());
      meeting.agendaThawed();
    }
  }

  /** Removes issues about to be deleted from every agenda, frozen or live. */
  @Transactional
  void forgetIssues(Collection<Long> issueIds) {
    frozen.deleteByIssueIds(issueIds);
    items.deleteByIssueIds(issueIds);
  }
}
