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
            "Shared the minutes of the prescribing meeting; I'm telling each reporter the outcome of"
                + " their issue.");
    assertThat(
            jdbc.queryForList(
                "select theme from meeting where minutes_url is not null", String.class))
        .containsExactly("PRESCRIBING");
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
}
