package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teams sends each activity with the locale of the sender's Teams client. The bot speaks the one
 * language it is configured for, and someone whose Teams is in Arabic, Bengali or Farsi changes
 * nothing for anyone: not even how the next issue's reference is written.
 */
class ActivityLocaleIT extends BotConversationTest {

  private Locale before;

  @BeforeEach
  void keepLocale() {
    before = Locale.getDefault();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  @Test
  void aColleagueWhoseTeamsIsInArabicChangesNoReferenceForAnyone() {
    installInTeam();
    var arabic = activities.personalMessage("gp7", "Dr Amal Haddad", "help");
    arabic.put("locale", "ar-EG");
    assertThat(say(arabic)).isNotEmpty();

    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    assertThat(reference).matches("IF-[0-9]{4}-[0-9]{4}");
    assertThat(jdbc.queryForObject("select reference from issue", String.class))
        .isEqualTo(reference);
    var status = say(activities.channelMention("gp1", "Dr Morag Fraser", "status " + reference));
    assertThat(status.get(0).cardText()).contains(reference + ": Results sent to the wrong GP");
    assertThat(Locale.getDefault()).isEqualTo(before);
  }
}
