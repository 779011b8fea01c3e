package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.interfacebot.support.WhileReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A chair's change to a meeting (its place, time or theme) that reads the meeting just before the
 * meetings' sweep reminds the channel of it or freezes its agenda, and commits after, keeps what
 * the sweep did: the channel is not reminded twice, and a meeting moved later just as its agenda
 * was frozen has a live agenda again (frozen once more when it is held).
 */
@Import(MeetingChangedWhileSweepingIT.AfterReading.class)
class MeetingChangedWhileSweepingIT extends MeetingConversationTest {

  @Autowired MeetingSchedule schedule;

  private final int year = nextYear();

  @AfterEach
  void disarm() {
    WhileReading.disarm();
  }

  private void clockAt(int day, int hour) {
    clockAt(day, hour, 0);
  }

  private void clockAt(int day, int hour, int minute) {
    var target = ZonedDateTime.of(year, 1, day, hour, minute, 0, 0, MeetingDates.UK).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  private long remindersSaying(String when) {
    return connector.sent().stream()
        .filter(s -> s.cardText().contains("Reminder: the meeting is " + when))
        .count();
  }

  @Test
  void aPlaceChangedWhileTheDayBeforeReminderIsSentIsRemindedOfOnce() throws Exception {
    installInTeam();
    chair("theme Prescribing on 14 January " + year);
    clockAt(8, 10);
    schedule.remind();
    // Delivered on the 8th: a reminder is worded as it is sent.
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    clockAt(13, 14);
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    WhileReading.arm(schedule::remind, jdbc);
    chair("theme Prescribing on 14 January " + year + " at 13:00 Seminar room 2");

    assertThat(WhileReading.ran()).as("the sweep ran after the chair's turn read").isTrue();
    schedule.remind();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(remindersSaying("tomorrow")).isOne();
    assertThat(remindersSaying("in 6 days")).isOne();
    assertThat(jdbc.queryForObject("select place from meeting", String.class))
        .isEqualTo("Seminar room 2");
    assertThat(jdbc.queryForObject("select reminded_day from meeting", Boolean.class)).isTrue();
  }

  @Test
  void aMeetingMovedLaterJustAsTheSweepFreezesItsAgendaIsFrozenOnceWhenHeldAgain()
      throws Exception {
    installInTeam();
    String reference =
        accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    chair("theme Prescribing on 14 January " + year);
    clockAt(14, 13, 30);
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    WhileReading.arm(schedule::remind, jdbc);
    chair("theme Prescribing on 14 January " + year + " at 16:00");

    assertThat(WhileReading.ran()).as("the sweep froze it after the chair's turn read").isTrue();
    assertThat(jdbc.queryForObject("select count(*) from meeting_agenda_item", Integer.class))
        .as("the agenda frozen at 13:00 went with the move")
        .isZero();
    clockAt(14, 16, 30);
    assertThat(chair("outcome " + reference + " actioned The clinic letter now lists changes."))
        .isEqualTo("Recorded the outcome of " + reference + " (actioned). I've told the reporter.");
    assertThat(jdbc.queryForObject("select count(*) from meeting_agenda_item", Integer.class))
        .isOne();
  }

  /** The meetings' repository, wrapped to let the sweep in once a chair's turn found the day's. */
  @TestConfiguration
  static class AfterReading {

    @Bean
    static BeanPostProcessor meetingsWhileReading() {
      return WhileReading.afterReading(
          "org.interfacebot.meetings.MeetingRepository",
          "findByStartsAtAfterAndStartsAtBefore",
          "onDay");
    }
  }
}
