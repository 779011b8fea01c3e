package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/** `help` typed the day after an issue was left half raised does not say it is still waiting. */
class ExpiredDraftHelpIT extends BotConversationTest {

  private List<Sent> say(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  @Test
  void helpAfterTheDraftExpiredSaysItHasGone() {
    installInTeam();
    say("raise");
    say("Discharge letters lack medication changes");
    clock.advance(Duration.ofHours(25));

    var help = say("help");

    assertThat(help.get(0).text()).contains("Here is what you can type:");
    assertThat(help)
        .extracting(Sent::text)
        .contains("Your unfinished issue from more than 24 hours ago had expired and was not kept.")
        .noneMatch(t -> t.contains("You're in the middle of raising an issue"));
    assertThat(say("Referral bounced without reason").get(0).text()).doesNotContain("has expired");
  }

  @Test
  void helpWhileRaisingStillSaysWhatItWaitsFor() {
    installInTeam();
    say("raise");
    clock.advance(Duration.ofHours(23));

    assertThat(say("help"))
        .extracting(Sent::text)
        .contains(
            "You're in the middle of raising an issue: answer the last question to carry on, or"
                + " type `cancel` to stop.");
  }
}
