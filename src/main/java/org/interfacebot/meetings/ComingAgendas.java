package org.interfacebot.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agendas of a group's coming meetings seen together: an issue of a theme with two coming
 * meetings is on both agendas, and it is for the earlier one, which is the one its reporter was
 * told of.
 */
@Service
class ComingAgendas {

  private final MeetingRepository meetings;
  private final Agendas agendas;
  private final Clock clock;

  ComingAgendas(MeetingRepository meetings, Agendas agendas, Clock clock) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.clock = clock;
  }

  /** The group's other coming meetings, soonest first. */
  private List<Meeting> others(Meeting meeting) {
    return meetings
        .findByGroupIdAndStartsAtAfterOrderByStartsAt(meeting.groupId(), clock.instant())
        .stream()
        .filter(m -> !m.id().equals(meeting.id()))
        .toList();
  }

  /**
   * The issues on the agendas of the group's coming meetings before this one: they are for those,
   * and their reporters hear nothing of this one.
   */
  @Transactional(readOnly = true)
  Set<Long> onEarlier(Meeting meeting) {
    return others(meeting).stream()
        .filter(m -> m.startsAt().isBefore(meeting.startsAt()))
        .flatMap(m -> agendas.of(m).stream())
        .map(IssueSummary::id)
        .collect(Collectors.toSet());
  }

  /** The soonest of the group's other coming meetings whose agenda holds the issue. */
  @Transactional(readOnly = true)
  Optional<Meeting> nextHolding(Meeting meeting, long issueId) {
    return others(meeting).stream()
        .filter(m -> agendas.of(m).stream().anyMatch(i -> i.id() == issueId))
        .findFirst();
  }
}
