package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** How the bot writes a meeting's theme in the middle of its sentences. */
class ThemeWordingIT extends MeetingConversationTest {

  @Test
  void theItAndDigitalThemeKeepsItsCapitalsInTheMiddleOfASentence() {
    installInTeam();
    String reference =
        accepted("gp1", "Hospital letters not reaching the practice", "IT and digital");
    toldTo("gp1", "The group will discuss it at a meeting on its theme, IT and digital.");

    assertThat(chair("theme IT and digital on 14 January " + nextYear()))
        .isEqualTo(
            "The IT and digital meeting is set for Thursday 14 January "
                + nextYear()
                + " at 13:00. I've announced it in the group's channel with its agenda (1 issue).");
    toldTo(
        "gp1", "It is on the agenda of the group's IT and digital meeting on Thursday 14 January");
    assertThat(chair("agenda remove " + reference))
        .isEqualTo(
            reference
                + " is off the agenda of the IT and digital meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");
  }

  /** "a outpatients meeting", "a out of hours meeting": the theme is named without an article. */
  @Test
  void aDayThatHasAMeetingNamesItsThemeInASentenceThatReadsForEveryTheme() {
    installInTeam();
    String issue = accepted("gp1", "Out-of-hours notes not shared", "Out of hours");
    chair("theme Out of hours on 14 January " + nextYear());

    assertThat(chair("theme Outpatients on 14 January " + nextYear()))
        .isEqualTo(
            "There's already a meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, with the theme Out of hours, so I've changed nothing. To give it the"
                + " theme Outpatients instead, say `theme replace Outpatients on 14 January "
                + nextYear()
                + "`; I'll tell the reporters whose issues come off its agenda.");
    chair("theme replace Outpatients on 14 January " + nextYear());
    assertThat(toldTo("gp1", "no longer on the agenda").text())
        .contains(
            issue,
            "It is no longer on the agenda of the group's meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, whose theme is now Outpatients. It will be on the agenda of the next"
                + " out of hours meeting.");
  }

  /**
   * "the other meeting" reads as another meeting: the theme Other is "other topics" mid-sentence.
   */
  @Test
  void theOtherThemeReadsAsOtherTopicsInTheMiddleOfASentence() {
    installInTeam();
    String reference = accepted("gp1", "Hospital car park closed to patients", "Other");
    toldTo("gp1", "The group will discuss it at a meeting on its theme, other topics.");

    assertThat(chair("theme Other on 14 January " + nextYear()))
        .isEqualTo(
            "The other topics meeting is set for Thursday 14 January "
                + nextYear()
                + " at 13:00. I've announced it in the group's channel with its agenda (1 issue).");
    toldTo("gp1", "It is on the agenda of the group's other topics meeting on Thursday 14 January");
    assertThat(chair("agenda remove " + reference))
        .isEqualTo(
            reference
                + " is off the agenda of the other topics meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");
    toldTo("gp1", "It will be on the agenda of a later other topics meeting.");
    chair("agenda add " + reference);

    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/interface/jan.docx"))
        .startsWith("Shared the minutes of the other topics meeting on Thursday 14 January");
    toldTo("gp1", "The minutes of the group's other topics meeting are out.");
  }
}
