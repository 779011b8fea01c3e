package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * The choice questions invite "You can also type your choice": the first words of one option, as
 * people shorten what they type, choose it; words that start several options, or other words, do
 * not.
 */
class ShortenedChoicesIT extends BotConversationTest {

  private List<Sent> say(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  @Test
  void theFirstWordsOfOneOptionChooseIt() {
    installInTeam();
    say("raise");
    say("Ward 7 letters lack medication changes");
    say("Letters list discharge medicines only.");

    assertThat(say("discharge").get(0).cardText()).contains("Which way across the interface?");
    assertThat(say("secondary").get(0).cardText()).contains("How do you know about it?");
    assertThat(say("Patient feedback").get(0).cardText())
        .contains("What was the impact on patients?");
    assertThat(say("none").get(0).cardText()).contains("How often does it happen?");
    say("Often");
    say("skip");
    var confirm = say("no");

    assertThat(confirm.get(0).cardText())
        .contains(
            "Theme: Discharge planning",
            "Direction: Secondary to primary care",
            "Source: Patient feedback or complaint",
            "Impact on patients: None or near miss");
  }

  @Test
  void wordsThatStartSeveralOptionsOrNoneAreAskedAgain() {
    installInTeam();
    say("raise");
    say("Ward 7 letters lack medication changes");
    say("Letters list discharge medicines only.");

    var again = say("Discharge letters");
    assertThat(again.get(0).text())
        .isEqualTo("I didn't recognise that answer. Please choose one of these:");
    assertThat(say("IT").get(0).cardText()).contains("Which way across the interface?");
    assertThat(say("o").get(0).text()).startsWith("I didn't recognise that answer.");
  }
}
