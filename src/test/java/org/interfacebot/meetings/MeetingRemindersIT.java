package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How soon the channel's meeting reminder says the meeting is: calendar days in the UK. */
class MeetingRemindersIT extends BotConversationTest {

  @Autowired MeetingSchedule schedule;

  private static LocalDate first(DayOfWeek day) {
    return LocalDate.of(YEAR + 1, 2, 1).with(TemporalAdjusters.firstInMonth(day));
  }

  /** Moves the test clock to that UK wall-clock time. */
  private void clockAt(LocalDate day, LocalTime time) {
    var target = ZonedDateTime.of(day, time, MeetingDates.UK).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  private String theme(LocalDate day, String time) {
    return chair(
        "theme Referrals on "
            + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + " at "
            + time);
  }

  private List<String> reminders() {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                connector.sent().stream()
                    .filter(s -> s.cardText().contains("Reminder: the meeting is"))
                    .map(Sent::cardText)
                    .toList(),
            l -> !l.isEmpty());
  }

  @Test
  void onMondayMorningAThursdayAfternoonMeetingIsInThreeDays() {
    installInTeam();
    LocalDate monday = first(DayOfWeek.MONDAY);
    clockAt(monday, LocalTime.of(10, 0));
    theme(monday.plusDays(3), "13:00");
    schedule.remind();

    assertThat(reminders())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Reminder: the meeting is in 3 days: Referrals"));
  }

  @Test
  void aMeetingLaterTheSameDayIsToday() {
    installInTeam();
    LocalDate thursday = first(DayOfWeek.THURSDAY);
    clockAt(thursday, LocalTime.of(9, 0));
    theme(thursday, "18:00");
    schedule.remind();

    assertThat(reminders())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Reminder: the meeting is today: Referrals"));
  }

  @Test
  void aMeetingOnTheNextDayIsTomorrowEvenWhenLessThanADayAway() {
    installInTeam();
    LocalDate wednesday = first(DayOfWeek.WEDNESDAY);
    clockAt(wednesday, LocalTime.of(14, 0));
    theme(wednesday.plusDays(1), "13:00");
    schedule.remind();

    assertThat(reminders())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Reminder: the meeting is tomorrow: Referrals"));
  }
}
