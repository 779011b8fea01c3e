package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** How a chair's {@code theme …} is read: the theme, the date, the time and the place. */
class ThemeCommandIT extends MeetingConversationTest {

  @Test
  void aPlaceWithTheWordOnInItIsKeptWhole() {
    installInTeam();
    assertThat(
            chair("theme Prescribing on 14 January " + nextYear() + " at 13:00 Room 4 on level 2"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 13:00.");
    assertThat(jdbc.queryForList("select place from meeting", String.class))
        .containsExactly("Room 4 on level 2");
  }

  @Test
  void aTimeOnTheTwelveHourClockIsReadAsATime() {
    installInTeam();
    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 2pm Seminar room 2"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 14:00.");
    assertThat(jdbc.queryForList("select place from meeting", String.class))
        .containsExactly("Seminar room 2");
  }

  @Test
  void aTimeThatCannotBeReadIsRefusedNotTakenForThePlace() {
    installInTeam();
    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 1400"))
        .startsWith("I couldn't read the time after \"at\". Please write the date as 14/01/2027")
        .endsWith("optionally followed by a time such as at 13:00 or at 2pm.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }

  /** Moves the clock to 15:10 on 14 January next year, after the usual 13:00. */
  private void afternoonOfTheDay() {
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 14, 15, 10, 0, 0, MeetingDates.UK).toInstant()));
  }

  @Test
  void todayWithoutATimeAfterTheUsualTimeAsksForTheTime() {
    installInTeam();
    afternoonOfTheDay();

    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " Seminar room 2"))
        .isEqualTo(
            "A meeting without a time is at 13:00, which has passed today, so I've set nothing."
                + " Please say when today's meeting starts, for example `theme Prescribing on"
                + " 14/01/"
                + nextYear()
                + " at 16:00`, with the place after the time.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();

    assertThat(chair("theme Prescribing on 14/01/" + nextYear() + " at 16:00 Seminar room 2"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 16:00.");
  }

  @Test
  void todayWithoutATimeKeepsTheTimeOfTodaysMeetingStillToCome() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear() + " at 16:30");
    afternoonOfTheDay();

    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " Seminar room 2"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 16:30.");
    assertThat(jdbc.queryForList("select place from meeting", String.class))
        .containsExactly("Seminar room 2");
  }

  /**
   * A chair changing the place copies the date as the bot wrote it, day of the week first, or
   * writes 14th.
   */
  @Test
  void aDateWrittenAsTheBotWritesItIsRead() {
    installInTeam();
    assertThat(chair("theme Prescribing on 14th January " + nextYear()))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 13:00.");

    assertThat(
            chair(
                "theme Prescribing on Thursday 14 January "
                    + nextYear()
                    + " at 13:00 Seminar room 2"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 13:00.");
    assertThat(jdbc.queryForList("select place from meeting", String.class))
        .containsExactly("Seminar room 2");

    assertThat(chair("theme Prescribing on Friday 14 January " + nextYear()))
        .startsWith("I couldn't read that date.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(1);
  }

  /** Today at a time gone by: it is the time that has passed, not the date. */
  @Test
  void todayAtATimeThatHasPassedSaysTheTimeHasPassed() {
    installInTeam();
    afternoonOfTheDay();

    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 13:00"))
        .startsWith("That time has passed today. Please write the date as");
    assertThat(chair("theme Prescribing on 13 January " + nextYear() + " at 13:00"))
        .startsWith("That date is in the past.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }

  /** 01:30 on the night the clocks go forward does not exist: it was set for 02:30. */
  @Test
  void aTimeInTheHourTheClocksGoForwardIsRefusedAndNothingIsSet() {
    installInTeam();
    var day =
        java.time.LocalDate.of(nextYear(), 3, 31)
            .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
    String written = day.getDayOfMonth() + " March " + nextYear();

    assertThat(chair("theme Prescribing on " + written + " at 1:30am Seminar room 2"))
        .isEqualTo(
            "01:30 doesn't exist on Sunday "
                + written
                + " in the UK: the clocks go forward an hour at 01:00, so I've changed nothing."
                + " Please choose another time.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }

  /** 29 February in a year without one was set for 28 February (and "2027" taken as the place). */
  @Test
  void twentyNinthFebruaryInAYearWithoutOneIsRefusedAndNothingIsSet() {
    installInTeam();
    int year = java.time.Year.isLeap(nextYear()) ? nextYear() + 1 : nextYear();
    String refusal =
        "29 February "
            + year
            + " doesn't exist: "
            + year
            + " isn't a leap year, so I've changed nothing. Please choose another date.";

    assertThat(chair("theme Prescribing on 29 February " + year)).isEqualTo(refusal);
    assertThat(chair("theme Prescribing on 29/02/" + year + " at 10:00")).isEqualTo(refusal);
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }

  /** 31/04 was only "I couldn't read that date", though every part of it was read. */
  @Test
  void aDayPastItsMonthsEndIsRefusedWithWhyAndNothingIsSet() {
    installInTeam();
    int year = nextYear();
    String refusal =
        "31 April "
            + year
            + " doesn't exist: April has 30 days, so I've changed nothing. Please choose another"
            + " date.";

    assertThat(chair("theme Prescribing on 31/04/" + year + " at 10:00")).isEqualTo(refusal);
    assertThat(chair("theme Prescribing on 31 April " + year)).isEqualTo(refusal);
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }
}
