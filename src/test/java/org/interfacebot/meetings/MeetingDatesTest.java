package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.interfacebot.chat.TestTexts;
import org.interfacebot.chat.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingDatesTest {

  private static final Texts TEXTS = TestTexts.enGb();

  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, MeetingDates.UK);

  @ParameterizedTest
  @ValueSource(strings = {"14/01/2027", "14 Jan", "14 January 2027", "2027-01-14", "14 jan 2027"})
  void readsTheFormsUkCliniciansWrite(String written) {
    var read = MeetingDates.read(written, NOW);
    assertThat(read.problem()).isNull();
    assertThat(read.when().toLocalDate()).hasToString("2027-01-14");
    assertThat(read.when().toLocalTime()).hasToString("13:00");
  }

  @Test
  void readsATimeAndAPlace() {
    var read = MeetingDates.read("14 January 2027 at 09:30 Seminar room 2", NOW);
    assertThat(read.when()).hasToString("2027-01-14T09:30Z[Europe/London]");
    assertThat(read.rest()).isEqualTo("Seminar room 2");
  }

  @ParameterizedTest
  @CsvSource({
    "at 2pm, 14:00",
    "at 2 pm, 14:00",
    "at 2PM, 14:00",
    "at 9:30am, 09:30",
    "at 9.30 a.m., 09:30",
    "at 12pm, 12:00",
    "at 12am, 00:00",
    "at 12:15am, 00:15",
    "at 11:45pm, 23:45",
    "at 13.30, 13:30"
  })
  void readsTwelveHourTimes(String written, String time) {
    var read = MeetingDates.read("14 January 2027 " + written + " Seminar room 2", NOW);
    assertThat(read.problem()).isNull();
    assertThat(read.timeGiven()).isTrue();
    assertThat(read.when().toLocalTime()).hasToString(time);
    assertThat(read.rest()).isEqualTo("Seminar room 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"at 14", "at 1400", "at 2:5pm", "at 2pmx", "at 14h30"})
  void refusesATimeItCannotReadRatherThanTakingItForThePlace(String written) {
    assertThat(MeetingDates.refusal(MeetingDates.read("14 January 2027 " + written, NOW), TEXTS))
        .isEqualTo(
            "I couldn't read the time after \"at\". Please write the date as 14/01/2027, 14 Jan,"
                + " 14 January 2027 or 2027-01-14, optionally followed by a time such as at 13:00"
                + " or at 2pm.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"at 13pm", "at 0am", "at 25:00", "at 9:75am"})
  void refusesTimesThatDoNotExist(String written) {
    assertThat(MeetingDates.read("14 January 2027 " + written, NOW).problem())
        .isEqualTo("meetings.date.no-such-time");
  }

  @Test
  void aPlaceStartingWithAtIsAPlace() {
    var read = MeetingDates.read("14 January 2027 at the Foresterhill Centre", NOW);
    assertThat(read.problem()).isNull();
    assertThat(read.when().toLocalTime()).hasToString("13:00");
    assertThat(read.rest()).isEqualTo("at the Foresterhill Centre");
  }

  @Test
  void refusesPastDatesWithTheFormsThatWork() {
    assertThat(MeetingDates.refusal(MeetingDates.read("01/11/2026", NOW), TEXTS))
        .startsWith("That date is in the past. Please write the date as 14/01/2027");
  }

  @Test
  void todayWithoutATimeAfterTheDefaultTimeIsReadButNeedsATime() {
    var afternoon = ZonedDateTime.of(2027, 1, 14, 15, 10, 0, 0, MeetingDates.UK);
    var read = MeetingDates.read("14/01/2027 Seminar room 2", afternoon);
    assertThat(read.noTimeToday()).isTrue();
    assertThat(read.readable()).isTrue();
    assertThat(read.when().toLocalDate()).hasToString("2027-01-14");
    assertThat(read.rest()).isEqualTo("Seminar room 2");
    assertThat(MeetingDates.read("14/01/2027 at 13:00", afternoon).problem())
        .isEqualTo("meetings.date.time-past");
    assertThat(MeetingDates.read("14/01/2027 at 16:00", afternoon).problem()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Tuesday", "01-02", "32/01/2027", "14/13/2027", "1/2/27"})
  void refusesWhatItCannotReadWithoutGuessing(String written) {
    assertThat(MeetingDates.refusal(MeetingDates.read(written, NOW), TEXTS))
        .contains("Please write the date as");
  }

  @Test
  void aDayWithoutAYearMeansTheNextOneForMeetingsAndTheLastOneForMinutes() {
    assertThat(MeetingDates.read("3 Nov", NOW).when().toLocalDate()).hasToString("2027-11-03");
    assertThat(MeetingDates.pastDay("3 Nov", NOW.toLocalDate()))
        .hasValueSatisfying(d -> assertThat(d).hasToString("2026-11-03"));
  }

  /** 29 February in a year without one is not 28 February, and "2027" is not a place. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "29 February 2027",
        "29/02/2027",
        "2027-02-29",
        "Monday 29 Feb 2027",
        "29 February 2027 at 10:00 Seminar room 2",
        "29 Feb",
        "29th February"
      })
  void refusesTwentyNinthFebruaryInAYearWithout(String written) {
    var read = MeetingDates.read(written, NOW);
    assertThat(read.when()).isNull();
    assertThat(read.readable()).isTrue();
    assertThat(MeetingDates.refusal(read, TEXTS))
        .isEqualTo(
            "29 February 2027 doesn't exist: 2027 isn't a leap year, so I've changed nothing."
                + " Please choose another date.");
  }

  @Test
  void readsTwentyNinthFebruaryInALeapYear() {
    assertThat(MeetingDates.read("29 February 2028", NOW).when().toLocalDate())
        .hasToString("2028-02-29");
  }

  /** A day past its month's end: it was "I couldn't read that date", which says nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"31/04/2027", "31 April 2027 at 10:00 Seminar room 2", "Fri 31 Apr 2027"})
  void refusesADayPastItsMonthsEndAndSaysWhy(String written) {
    var read = MeetingDates.read(written, NOW);
    assertThat(read.when()).isNull();
    assertThat(read.readable()).isTrue();
    assertThat(MeetingDates.refusal(read, TEXTS))
        .isEqualTo(
            "31 April 2027 doesn't exist: April has 30 days, so I've changed nothing."
                + " Please choose another date.");
  }

  /** The clocks go forward at 01:00 on the last Sunday in March: 01:30 is not moved to 02:30. */
  @ParameterizedTest
  @ValueSource(strings = {"28 March 2027 at 1:30am", "28/03/2027 at 01:30 Seminar room 2"})
  void refusesATimeInTheHourTheClocksGoForward(String written) {
    var read = MeetingDates.read(written, NOW);
    assertThat(read.when()).isNull();
    assertThat(MeetingDates.refusal(read, TEXTS))
        .isEqualTo(
            "01:30 doesn't exist on Sunday 28 March 2027 in the UK: the clocks go forward an hour"
                + " at 01:00, so I've changed nothing. Please choose another time.");
  }

  /** Either side of the gap is read, and 01:30 when the clocks go back is the first one (BST). */
  @Test
  void readsTimesEitherSideOfTheGapAndTheFirstOfTwoInTheAutumn() {
    assertThat(MeetingDates.read("28 March 2027 at 00:59", NOW).problem()).isNull();
    assertThat(MeetingDates.read("28 March 2027 at 02:00", NOW).when())
        .hasToString("2027-03-28T02:00+01:00[Europe/London]");
    assertThat(MeetingDates.read("31 October 2027 at 01:30", NOW).when())
        .hasToString("2027-10-31T01:30+01:00[Europe/London]");
  }
}
