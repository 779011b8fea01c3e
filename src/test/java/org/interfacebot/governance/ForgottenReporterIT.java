package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** An issue goes on through triage after its reporter asked to be forgotten. */
class ForgottenReporterIT extends BotConversationTest {

  private ObjectNode gp1(String text) {
    return activities.personalMessage("gp1", "Dr Morag Fraser", text);
  }

  @Test
  void anIssueWhoseReporterWasForgottenMovesOnWithNobodyToTellAndNothingLeftToSend() {
    String mine = raiseOne();
    say(gp1("forget me"));
    say(gp1("yes"));
    say(gp1("help"));

    assertThat(chair("close " + mine + " more-info"))
        .isEqualTo(
            mine
                + "'s reporter is no longer linked to it (they asked to be forgotten), so there"
                + " is nobody to ask for more information. Please choose discuss, refer or"
                + " decline.");
    assertThat(chair("close " + mine + " discuss"))
        .isEqualTo(
            "Closed the vote on "
                + mine
                + ": Discuss at group. Its reporter is no longer linked to it (they asked to be"
                + " forgotten), so there is nobody to tell.");
    assertThat(
            jdbc.queryForObject("select status from issue where reference = ?", String.class, mine))
        .isEqualTo("ACCEPTED");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent())
        .noneMatch(
            s -> s.conversationId().contains("gp1") && s.text().contains("Discuss at group"));
  }
}
