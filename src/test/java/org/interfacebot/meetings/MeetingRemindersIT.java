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

  /**
   * A reminder Teams could not take when it was due goes out later: how soon the meeting is is
   * worded then, and a meeting that has started meanwhile is not reminded at all.
   */
  @Test
  void aReminderHeldUpByTeamsSaysHowSoonTheMeetingIsWhenItIsSent() {
    installInTeam();
    LocalDate wednesday = first(DayOfWeek.WEDNESDAY);
    clockAt(wednesday, LocalTime.of(14, 0));
    theme(wednesday.plusDays(1), "13:00");
    theme(wednesday, "18:00");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    connector.down(org.interfacebot.support.Activities.CHANNEL);

    schedule.remind();
    awaitRetried("MeetingAnnouncements", 2, Duration.ofSeconds(20));
    // Teams is back the next morning: Thursday's meeting is today, Wednesday evening's is past.
    clockAt(wednesday.plusDays(1), LocalTime.of(9, 0));
    connector.up(org.interfacebot.support.Activities.CHANNEL);
    awaitEveryDeliveryMade(Duration.ofSeconds(30));

    assertThat(reminders())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Reminder: the meeting is today: Referrals"));
  }
}
