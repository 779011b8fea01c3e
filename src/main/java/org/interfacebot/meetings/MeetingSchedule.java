package org.interfacebot.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.interfacebot.chat.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the group's channel 7 days and 1 day before each meeting, once (ShedLock), freezes the
 * agenda of each meeting that has started, and reminds the chairs of minutes not shared.
 */
@Component
class MeetingSchedule {

  private final MeetingRepository meetings;
  private final Agendas agendas;
  private final OverdueMinutes overdueMinutes;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Texts texts;

  MeetingSchedule(
      MeetingRepository meetings,
      Agendas agendas,
      OverdueMinutes overdueMinutes,
      ApplicationEventPublisher events,
      Clock clock,
      Texts texts) {
    this.agendas = agendas;
    this.overdueMinutes = overdueMinutes;
    this.texts = texts;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.triage.check-every:PT1M}",
      initialDelayString = "${interface-bot.schedules.first-run-after:PT10S}")
  @SchedulerLock(name = "meeting-reminders")
  @Transactional
  public void remind() {
    // First: a meeting it reads, it reads locked, and it clears the persistence context after a
    // freeze, so a meeting locked below is read as it is now.
    agendas.freezeHeld();
    var now = clock.instant();
    var weekAhead = now.plus(Duration.ofDays(7));
    for (long id : meetings.startingBetween(now, weekAhead)) {
      // Locked and read now, not as listed: a chair's change made meanwhile (a new time, theme or
      // place) is neither written over with the flags nor reminded of as it was.
      var locked = meetings.lock(id).filter(m -> m.startsAt().isAfter(now));
      if (locked.isEmpty() || !locked.get().startsAt().isBefore(weekAhead)) {
        continue;
      }
      Meeting m = locked.get();
      boolean withinADay = !m.startsAt().isAfter(now.plus(Duration.ofDays(1)));
      if (withinADay && !m.isRemindedDay()) {
        m.remindedDay();
        m.remindedWeek();
        events.publishEvent(new MeetingReminderDue(m.id(), m.groupId(), howSoon(now, m, texts)));
      } else if (!withinADay && !m.isRemindedWeek()) {
        m.remindedWeek();
        events.publishEvent(new MeetingReminderDue(m.id(), m.groupId(), howSoon(now, m, texts)));
      }
    }
    // Past meetings, none of them locked above.
    overdueMinutes.remind();
  }

  /** "today", "tomorrow", "in 3 days": calendar days in the UK, not periods of 24 hours. */
  static String howSoon(Instant now, Meeting m, Texts texts) {
    long days =
        ChronoUnit.DAYS.between(
            now.atZone(MeetingDates.UK).toLocalDate(),
            m.startsAt().atZone(MeetingDates.UK).toLocalDate());
    if (days <= 0) {
      return texts.get("meetings.reminder.today");
    }
    return days == 1
        ? texts.get("meetings.reminder.tomorrow")
        : texts.get("meetings.reminder.in-days", days);
  }
}
