package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** {@code forget me}'s question answered "Yes." as a phone writes it, with a capital and a stop. */
class ForgetMeYesIT extends BotConversationTest {

  private String gp1Says(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text)).get(0).text();
  }

  @Test
  void yesWithAFullStopForgetsAndAnythingElseStillKeeps() {
    String reference = raiseOne();

    gp1Says("forget me");
    assertThat(gp1Says("Yes, but not my issues")).startsWith("Nothing was removed");
    gp1Says("forget me");
    String done = gp1Says("Yes.");

    assertThat(done).startsWith("Done. I have forgotten you:");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from issue where reporter_key = 'aad-gp1'", Integer.class))
        .isZero();
    assertThat(status(reference)).isEqualTo("OPEN_FOR_TRIAGE");
  }
}
