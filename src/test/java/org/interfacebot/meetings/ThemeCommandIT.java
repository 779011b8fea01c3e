package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

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
}
