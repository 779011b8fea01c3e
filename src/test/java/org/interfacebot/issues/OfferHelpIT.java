package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * `help` typed when a described problem has only been offered as an issue says what the offer waits
 * for, not that an issue is being raised; the offer still stands.
 */
class OfferHelpIT extends BotConversationTest {

  private List<Sent> say(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  @Test
  void helpAfterTheOfferSaysWhatItWaitsFor() {
    installInTeam();
    say("Discharge letters from ward 7 have no medication changes");

    var help = say("help");

    assertThat(help.get(0).text()).contains("Here is what you can type:");
    assertThat(help)
        .extracting(Sent::text)
        .contains(
            "I've offered to raise what you wrote as an interface issue: press **Yes, start an"
                + " issue** or **No thanks** on the card above, or type `yes` or `no`.")
        .noneMatch(t -> t.contains("You're in the middle of raising an issue"));
    assertThat(say("yes")).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
  }
}
