package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code meetings cancel <day>}: a meeting set on the wrong day, or called off, goes; its reporters
 * hear where their issues go next and the channel is told. One that took place stays.
 */
class MeetingCancelIT extends MeetingConversationTest {

  private static final String MINUTES = "https://nhsscotland.sharepoint.com/sites/interface/";

  @Autowired MeetingSchedule schedule;

  /** A day of next year at 13:00, as the bot writes it: Thursday 14 January 2027 at 13:00. */
  private static String at13(int month, int day) {
    return ZonedDateTime.of(nextYear(), month, day, 13, 0, 0, 0, MeetingDates.UK)
        .format(
            java.time.format.DateTimeFormatter.ofPattern(
                "EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK));
  }

  @Test
  void aMeetingSetOnTheWrongDayIsCancelledAndItsReporterToldWhereTheIssueGoes() {
    installInTeam();
    String issue = accepted("gp1", "Specials unavailable in community", "Prescribing");
    chair("theme Prescribing on 14 February " + nextYear());
    toldTo("gp1", "14 February");

    String reply = chair("meetings cancel 14/02/" + nextYear());

    assertThat(reply)
        .isEqualTo(
            "Cancelled the prescribing meeting on "
                + at13(2, 14)
                + ", and told the channel. The reporter of "
                + issue
                + ", which was on its agenda, is told where it goes next.");
    assertThat(toldTo("gp1", "has been cancelled").text())
        .contains(
            "The group's prescribing meeting on "
                + at13(2, 14)
                + ", whose agenda it was on, has been cancelled. It will be on the"
                + " agenda of a later prescribing meeting.");
    assertThat(status(issue)).isEqualTo("ACCEPTED");
    awaitSent(
        s ->
            s.text()
                .equals(
                    "The prescribing meeting on "
                        + at13(2, 14)
                        + " has been cancelled by the chairs."));
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
    assertThat(chair("meetings")).doesNotContain("14 February");
    assertThat(chair("audit")).contains("cancelled the Prescribing meeting on");

    // The right day: the issue goes on its agenda and its reporter is told of it.
    chair("theme Prescribing on 14 January " + nextYear());
    assertThat(status(issue)).isEqualTo("SCHEDULED");
  }

  @Test
  void aMeetingThatPassedWithoutTakingPlaceCanBeCancelledAndIsNoLongerAwaitingMinutes() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 18, 9, 0, 0, 0, MeetingDates.UK).toInstant()));

    assertThat(chair("meetings cancel 14 January")).startsWith("Cancelled the prescribing meeting");
    schedule.remind();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    assertThat(connector.sent()).noneMatch(s -> s.text().contains("haven't been shared yet"));
    assertThat(chair("health")).doesNotContain("Minutes not shared");
  }

  @Test
  void aMeetingWithAnOutcomeTookPlaceAndIsNotCancelled() {
    installInTeam();
    String issue = accepted("gp1", "Specials unavailable in community", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    chair("outcome " + issue + " Pharmacy will stock them.");

    assertThat(chair("meetings cancel 14/01/" + nextYear()))
        .isEqualTo(
            "The prescribing meeting on "
                + at13(1, 14)
                + " has its minutes or an outcome recorded, so it took place and can't"
                + " be cancelled. Nothing was changed.");
    chair("minutes " + MINUTES + "jan.docx");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isOne();
  }

  @Test
  void aDayWithNoMeetingOrADayThatCannotBeReadCancelsNothing() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());

    assertThat(chair("meetings cancel 15/01/" + nextYear()))
        .isEqualTo(
            "The group has no meeting on "
                + at13(1, 15).replace(" at 13:00", "")
                + ", so nothing was cancelled. `meetings` lists them.");
    assertThat(chair("meetings cancel the next one"))
        .startsWith("I couldn't read the day after \"cancel\".");
    assertThat(chair("meetings cancel")).startsWith("Which meeting?");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isOne();
  }

  @Test
  void onlyAChairCancelsAMeeting() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());

    var reply =
        say(
            activities.channelMention(
                "member1", "Dr Member", "meetings cancel 14/01/" + nextYear()));

    assertThat(reply.get(0).text()).contains("cancel a meeting");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isOne();
  }
}
