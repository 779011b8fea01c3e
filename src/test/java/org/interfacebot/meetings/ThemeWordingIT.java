package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

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
}
