package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** How a chair's {@code minutes <link> [for <day>]} is read. */
class MinutesCommandIT extends BotConversationTest {

  @Test
  void theWordForIsReadWhateverItsCase() {
    installInTeam();
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    chair("theme Referrals on 21 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 22, 9, 0, 0, 0, MeetingDates.UK).toInstant()));

    assertThat(
            chair(
                "minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx For 14/01/"
                    + year))
        .isEqualTo(
            "Shared the minutes of the prescribing meeting on Thursday 14 January "
                + year
                + " at 13:00; I'm telling each reporter the outcome of their issue.");
    assertThat(
            jdbc.queryForList(
                "select theme from meeting where minutes_url is not null", String.class))
        .containsExactly("PRESCRIBING");
  }

  /** A member who asks who has acknowledged the minutes is refused for that, not for sharing. */
  @Test
  void aMemberAskingForTheMinutesStatusIsToldWhatOnlyAChairMaySee() {
    installInTeam();

    assertThat(
            say(activities.channelMention("member1", "Member One", "minutes status")).get(0).text())
        .isEqualTo(
            "Only a chair of the group can see which networks have acknowledged the minutes."
                + " Type `chairs` to see who they are.");
    assertThat(
            say(activities.channelMention(
                    "member1",
                    "Member One",
                    "minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx"))
                .get(0)
                .text())
        .startsWith("Only a chair of the group can share minutes.");
  }

  /** A link (and a day) at the end of a sentence: the full stop is not part of either. */
  @Test
  void aFullStopAfterTheLinkOrTheDayIsNotKeptWithTheLink() {
    installInTeam();
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 15, 9, 0, 0, 0, MeetingDates.UK).toInstant()));

    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/interface/jan.docx."))
        .startsWith("Shared the minutes of the prescribing meeting");
    assertThat(jdbc.queryForObject("select minutes_url from meeting", String.class))
        .isEqualTo("https://nhsscotland.sharepoint.com/sites/interface/jan.docx");
    assertThat(
            chair(
                "minutes https://nhsscotland.sharepoint.com/sites/interface/jan-v2.docx for 14/01/"
                    + year
                    + "."))
        .startsWith("Shared the minutes of the prescribing meeting");
    assertThat(jdbc.queryForObject("select minutes_url from meeting", String.class))
        .isEqualTo("https://nhsscotland.sharepoint.com/sites/interface/jan-v2.docx");
  }

  /**
   * A day that cannot be read, and a day without a meeting, are each said as they are: neither is
   * "that meeting" that cannot be found.
   */
  @Test
  void aDayThatCannotBeReadIsNotCalledAMeetingThatCannotBeFound() {
    installInTeam();
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 18, 9, 0, 0, 0, MeetingDates.UK).toInstant()));
    String link = "https://nhsscotland.sharepoint.com/sites/interface/jan.docx";

    assertThat(chair("minutes " + link + " for 14/01"))
        .isEqualTo(
            "I couldn't read the date after \"for\": please write it as 14/01/2027, 14 Jan or 14"
                + " January 2027. Nothing was shared.");
    assertThat(chair("minutes " + link + " for 15/01/" + year))
        .isEqualTo(
            "I can't find a meeting of the group on Friday 15 January "
                + year
                + ", so nothing was shared. Give the date of a meeting that has taken place, e.g."
                + " `minutes https://… for 14/01/2027`.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where minutes_url is not null", Integer.class))
        .isZero();
    assertThat(chair("minutes " + link + " for Thursday 14 Jan"))
        .startsWith("Shared the minutes of the prescribing meeting");
  }

  /**
   * Without "for", minutes go to the latest meeting held: the reply names it, so that a chair who
   * meant an earlier one sees it at once.
   */
  @Test
  void theReplyNamesTheDayOfTheMeetingWhoseMinutesWereShared() {
    installInTeam();
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    chair("theme Prescribing on 11 February " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 2, 12, 9, 0, 0, 0, MeetingDates.UK).toInstant()));

    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/interface/jan.docx"))
        .startsWith(
            "Shared the minutes of the prescribing meeting on Thursday 11 February "
                + year
                + " at 13:00;");
  }
}
