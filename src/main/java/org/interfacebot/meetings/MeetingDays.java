package org.interfacebot.meetings;

import java.time.Clock;
import java.util.Optional;

/** Finds a group's meeting by the day it was (or is) held, written as in {@link MeetingDates}. */
final class MeetingDays {

  private MeetingDays() {}

  static Optional<Meeting> find(Meetings meetings, long groupId, String day, Clock clock) {
    return MeetingDates.pastDay(day, clock.instant().atZone(MeetingDates.UK).toLocalDate())
        .flatMap(date -> meetings.onDay(groupId, date));
  }
}
