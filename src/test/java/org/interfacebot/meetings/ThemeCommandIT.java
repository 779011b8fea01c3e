package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** How a chair's {@code theme …} is read: the theme, the date, the time and the place. */
class ThemeCommandIT extends BotConversationTest {

  private int nextYear() {
    return YEAR + 1;
  }

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
}
