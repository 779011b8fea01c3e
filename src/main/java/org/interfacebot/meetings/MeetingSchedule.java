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
 * Reminds the group's channel 7 days and 1 day before each meeting, once (ShedLock), and freezes
 * the agenda of each meeting that has started.
 */
@Component
class MeetingSchedule {

  private final MeetingRepository meetings;
  private final Agendas agendas;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Texts texts;

  MeetingSchedule(
      MeetingRepository meetings,
      Agendas agendas,
      ApplicationEventPublisher events,
      Clock clock,
      Texts texts) {
    this.agendas = agendas;
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
    // First: it clears the persistence context.
    agendas.freezeHeld();
    var now = clock.instant();
    for (Meeting m :
        meetings.findByStartsAtAfterAndStartsAtBefore(now, now.plus(Duration.ofDays(7)))) {
      boolean withinADay = !m.startsAt().isAfter(now.plus(Duration.ofDays(1)));
      if (withinADay && !m.isRemindedDay()) {
        m.remindedDay();
        m.remindedWeek();
        events.publishEvent(new MeetingReminderDue(m.id(), m.groupId(), howSoon(now, m)));
      } else if (!withinADay && !m.isRemindedWeek()) {
        m.remindedWeek();
        events.publishEvent(new MeetingReminderDue(m.id(), m.groupId(), howSoon(now, m)));
      }
    }
  }

  /** "today", "tomorrow", "in 3 days": calendar days in the UK, not periods of 24 hours. */
  private String howSoon(Instant now, Meeting m) {
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
