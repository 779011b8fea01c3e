package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * An issue on a held meeting's agenda that got no outcome stays for the next meeting of its theme:
 * the chair sharing the minutes hears which issues those are, and their reporters where the issue
 * goes next, and again when the next meeting of its theme is set.
 */
class UndiscussedIssuesIT extends MeetingConversationTest {

  private static final String MINUTES = "https://nhsscotland.sharepoint.com/sites/interface/";

  private String discussed;
  private String missed;

  /** Two issues on the January meeting's agenda; the clock is moved past the meeting. */
  private void januaryMeetingHeld(String... alsoSet) {
    installInTeam();
    discussed = accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    missed = accepted("gp2", "Specials unavailable in community", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    for (String theme : alsoSet) {
      chair(theme);
    }
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    chair("outcome " + discussed + " Pharmacy will check clinic letters weekly.");
  }

  @Test
  void anIssueTheMeetingDidNotGetToWaitsForTheNextMeetingOfItsThemeAndItsReporterIsTold() {
    januaryMeetingHeld();

    assertThat(chair("minutes " + MINUTES + "jan.docx"))
        .isEqualTo(
            "Shared the minutes of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00; I'm telling each reporter the outcome"
                + " of their issue. No outcome was recorded for "
                + missed
                + ": it stays for the next meeting of its theme, and its reporter is told so.");
    assertThat(toldTo("gp2", "The minutes").text())
        .contains(
            "Outcome for your issue **"
                + missed
                + "** (Specials unavailable in community): no outcome was recorded; it stays for"
                + " the group's next prescribing meeting, and I'll tell you here when that is set.");
    assertThat(status(missed)).isEqualTo("SCHEDULED");

    assertThat(chair("theme Prescribing on 11 February " + nextYear())).contains("(1 issue)");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(missed + ": Specials unavailable in community")
        .doesNotContain(discussed);
    assertThat(toldTo("gp2", "11 February").text())
        .contains(
            missed,
            "It is on the agenda of the group's prescribing meeting on Thursday 11 February "
                + nextYear()
                + " at 13:00.");
  }

  @Test
  void whenTheNextMeetingOfItsThemeIsAlreadySetTheMinutesTellTheReporterWhichItIs() {
    januaryMeetingHeld("theme Prescribing on 11 February " + nextYear());

    chair("minutes " + MINUTES + "jan.docx");

    assertThat(toldTo("gp2", "The minutes").text())
        .contains(
            "(Specials unavailable in community): no outcome was recorded; it is on the agenda of"
                + " the group's prescribing meeting on Thursday 11 February "
                + nextYear()
                + " at 13:00.");
    assertThat(toldTo("gp1", "The minutes").text())
        .contains("Pharmacy will check clinic letters weekly.");
  }
}
