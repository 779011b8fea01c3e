package org.interfacebot.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Minutes not shared {@code interface-bot.meetings.minutes-reminder} (three days by default) after
 * their meeting started: until they are, the reporters of the issues it did not decide hear nothing
 * and the networks get nothing. Each chair is reminded once, in 1:1, and {@code health} lists the
 * meetings. Both run in their caller's transaction (the meetings sweep, {@code health}).
 */
@Component
public class OverdueMinutes {

  /** How many meetings {@code health} names; it counts the earlier ones. */
  static final int LISTED = 3;

  private final MeetingRepository meetings;
  private final Undiscussed undiscussed;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Texts texts;
  private final Duration remindAfter;

  OverdueMinutes(
      MeetingRepository meetings,
      Undiscussed undiscussed,
      ApplicationEventPublisher events,
      Clock clock,
      Texts texts,
      @Value("${interface-bot.meetings.minutes-reminder:P3D}") Duration remindAfter) {
    this.meetings = meetings;
    this.undiscussed = undiscussed;
    this.events = events;
    this.clock = clock;
    this.texts = texts;
    this.remindAfter = remindAfter;
  }

  /** Reminds the chairs of each meeting whose minutes are newly overdue; returns how many. */
  int remind() {
    Instant heldBy = clock.instant().minus(remindAfter);
    int reminded = 0;
    for (long id : meetings.minutesAwaited(heldBy)) {
      // Locked and read now, not as listed: minutes shared or a meeting moved meanwhile is not
      // reminded of, nor written back over.
      var locked =
          meetings
              .lock(id)
              .filter(m -> m.minutesAt() == null && !m.isMinutesReminded())
              .filter(m -> !m.startsAt().isAfter(heldBy));
      if (locked.isEmpty()) {
        continue;
      }
      Meeting m = locked.get();
      m.minutesReminded();
      var day = m.startsAt().atZone(MeetingDates.UK);
      events.publishEvent(
          new MinutesOverdue(
              m.id(),
              m.groupId(),
              texts.inSentence(m.theme()),
              MeetingDates.show(day, texts),
              DateTimeFormatter.ofPattern(texts.get("meetings.date.day-pattern")).format(day),
              undiscussed.of(m).stream().map(IssueSummary::reference).toList()));
      reminded++;
    }
    return reminded;
  }

  /**
   * The group's meetings whose minutes are overdue, the latest first, as {@code health} lists them:
   * theme, when, and the issues whose reporters wait; empty when there are none.
   */
  public List<String> of(long groupId) {
    Instant heldBy = clock.instant().minus(remindAfter);
    var overdue =
        new ArrayList<>(
            meetings.findByGroupIdOrderByStartsAt(groupId).stream()
                .filter(m -> m.minutesAt() == null && !m.startsAt().isAfter(heldBy))
                .toList());
    Collections.reverse(overdue);
    var lines = new ArrayList<String>();
    for (Meeting m : overdue.subList(0, Math.min(LISTED, overdue.size()))) {
      var waiting = undiscussed.of(m).stream().map(IssueSummary::reference).toList();
      lines.add(
          texts.get(
              "meetings.minutes.overdue",
              texts.inSentence(m.theme()),
              MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts),
              waiting.size(),
              String.join(", ", waiting)));
    }
    if (overdue.size() > LISTED) {
      lines.add(texts.get("meetings.minutes.overdue-earlier", overdue.size() - LISTED));
    }
    return lines;
  }

  /** The reminder's interval in whole days, as {@code health} names it. */
  public long remindAfterDays() {
    return remindAfter.toDays();
  }
}
