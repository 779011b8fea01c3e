package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;

/** After a decline, the two are not proposed to each other again, by any listing of theirs. */
class ShadowingDeclineIT extends ShadowingConversationTest {

  private long proposalsTo(String user) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation(user)))
        .filter(s -> s.method().equals("POST") && s.hasCard())
        .filter(s -> s.cardText().contains("Possible shadowing match"))
        .count();
  }

  @Test
  void someoneWhoDeclinedIsNotProposedTheSameColleagueAgainByTheirOtherListing() {
    list("gp1", "request", "GP", "primary", "Mondays");
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    proposalTo("gp1");

    assertThat(
            cardText(click("gp1", "shadowing.decline", Activities.data().put("match", matchId()))))
        .contains("I'll keep looking for another match.");

    awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation("member1"))
                && s.text().contains("was declined"));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(proposalsTo("gp1")).isOne();
    assertThat(count("shadowing_match")).isOne();
    assertThat(personal("gp1", "shadowing")).contains("declined").doesNotContain("waiting");

    // Someone else's offer is still proposed to gp1's request.
    list("member2", "offer", "Registrar", "secondary", "Wednesdays");
    assertThat(proposalTo("member2").cardText()).contains("Who: GP, primary care");
    assertThat(proposalsTo("gp1")).isEqualTo(2);
  }
}
