package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A problem described straight away is offered as a new issue; the words people type for yes accept
 * the offer and keep the description, as the button does, and a no still turns it down.
 */
class OfferAcceptedIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok", "Sure.", "yeah", "y", "go ahead", "OK, please", "Yes please"})
  void theWordsForYesStartTheIssueWithTheDescription(String yes) {
    installInTeam();
    say("Discharge letters from ward 7 have no medication changes");

    var started = say(yes);

    assertThat(started).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
    say("Ward 7 letters");
    for (String answer : USUAL_ANSWERS.subList(1, 8)) {
      say(answer);
    }
    assertThat(connector.sent().get(connector.sent().size() - 1).cardText())
        .contains("Discharge letters from ward 7 have no medication changes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "no thanks", "thanks", "ok no", "yesterday it happened again"})
  void anythingElseTurnsTheOfferDown(String answer) {
    installInTeam();
    say("Discharge letters from ward 7 have no medication changes");

    assertThat(say(answer).get(0).text()).startsWith("No problem: I haven't kept what you wrote.");
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
  }
}
