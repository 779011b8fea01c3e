package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.interfacebot.support.Meanwhile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The meetings' sweep (freezing the agenda of each meeting that has started, reminding the channel
 * a week and a day before) lists the meetings due, then changes each. A chair who moves a meeting
 * between the two keeps the new time: the sweep neither writes the meeting back as it had listed it
 * nor freezes the agenda of a meeting moved back into the future.
 */
@Import(MeetingSweepMeanwhileIT.AfterListing.class)
class MeetingSweepMeanwhileIT extends MeetingConversationTest {

  @Autowired MeetingSchedule schedule;

  private final int year = nextYear();

  @AfterEach
  void disarm() {
    Meanwhile.disarm();
  }

  private void clockAt(int day, int hour, int minute) {
    var target = ZonedDateTime.of(year, 1, day, hour, minute, 0, 0, MeetingDates.UK).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  private java.time.Instant startsAt() {
    return jdbc.queryForObject("select starts_at from meeting", Timestamp.class).toInstant();
  }

  private java.time.Instant at(int day, int hour) {
    return ZonedDateTime.of(year, 1, day, hour, 0, 0, 0, MeetingDates.UK).toInstant();
  }

  @Test
  void aMeetingMovedWhileTheReminderSweepRunsKeepsItsNewTime() {
    installInTeam();
    chair("theme Prescribing on 14 January " + year);
    clockAt(11, 10, 0);

    Meanwhile.whileSweeping(() -> chair("theme Prescribing on 14 January " + year + " at 16:00"));
    schedule.remind();

    assertThat(Meanwhile.ran()).as("the chair moved it after the sweep listed").isTrue();
    assertThat(startsAt()).isEqualTo(at(14, 16));
    assertThat(say(activities.channelMention("member1", "m", "meetings")).get(0).text())
        .contains("**Prescribing**: Thursday 14 January " + year + " at 16:00");
  }

  @Test
  void aMeetingMovedLaterWhileTheSweepFreezesHeldAgendasKeepsALiveAgenda() {
    installInTeam();
    String first = accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    chair("theme Prescribing on 14 January " + year);
    clockAt(14, 13, 30);

    Meanwhile.whileSweeping(() -> chair("theme Prescribing on 14 January " + year + " at 16:00"));
    schedule.remind();

    assertThat(Meanwhile.ran()).as("the chair moved it after the sweep listed").isTrue();
    assertThat(startsAt()).isEqualTo(at(14, 16));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where agenda_frozen_at is null", Integer.class))
        .isOne();
    String later = accepted("gp2", "Specials unavailable in community", "Prescribing");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(first, later + ": Specials unavailable in community");
  }

  /** The meetings' repository, wrapped to let a chair in after the sweep lists what is due. */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor meetingsMeanwhile() {
      return Meanwhile.afterListing(MeetingRepository.class);
    }
  }
}
