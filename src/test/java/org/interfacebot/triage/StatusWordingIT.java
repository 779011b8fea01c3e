package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/** `status` reads the reference however people put it: "status of IF-…", "status IF-… please". */
class StatusWordingIT extends BotConversationTest {

  @Test
  void theReferenceIsReadWithTheWordsPeopleWriteAroundIt() {
    String reference = raiseOne();

    for (String asked :
        new String[] {
          "status of " + reference,
          "status " + reference + " please",
          "status for " + reference + "?"
        }) {
      Sent inChat = say(activities.personalMessage("gp1", "Dr Morag Fraser", asked)).get(0);
      Sent inChannel = say(activities.channelMention("chair", "Dr Ann Law", asked)).get(0);

      for (Sent reply : new Sent[] {inChat, inChannel}) {
        assertThat(reply.hasCard()).as("%s: %s", asked, reply.text()).isTrue();
        assertThat(reply.cardText()).contains(reference, "Results sent to the wrong GP");
      }
    }
    assertThat(
            say(activities.personalMessage("gp1", "Dr Morag Fraser", "status of IF-2020-9999"))
                .get(0)
                .text())
        .contains("IF-2020-9999")
        .doesNotContain("isn't an issue reference I know");
  }
}
