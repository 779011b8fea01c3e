package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing an offer or request that was in a match: the other person is told in 1:1 and both
 * proposal cards are shown settled.
 */
class ShadowingWithdrawalIT extends ShadowingConversationTest {

  @Test
  void aWithdrawnProposalIsShownSettledOnBothCards_andThePartnerIsToldInTheir1to1() {
    list("gp1", "request", "GP", "primary", "Mondays");
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    Sent toGp = proposalTo("gp1");
    Sent toMember = proposalTo("member1");
    long match = matchId();

    long offer = listingOf("member1");
    assertThat(personal("member1", "shadowing withdraw " + offer))
        .isEqualTo("Withdrawn number " + offer + ", with its matches.");

    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("withdrawn"))
                .text())
        .isEqualTo(
            "Your colleague has withdrawn from the shadowing match with your request, so that"
                + " match is off. Your request stays open and I'll tell you when another match"
                + " comes up. Type `shadowing` to see yours.");
    for (Sent proposal : java.util.List.of(toGp, toMember)) {
      assertThat(settled(proposal).cardText())
          .contains(
              "Withdrawn",
              "This shadowing match has been withdrawn, so there is nothing to accept or decline.")
          .doesNotContain("[Accept]", "[Decline]");
    }
    // The one who withdrew is not told about their own withdrawal.
    assertThat(
            connector.sent().stream()
                .filter(s -> s.conversationId().equals(Activities.personalConversation("member1")))
                .filter(s -> s.text().startsWith("Your colleague has withdrawn")))
        .isEmpty();
    // A click on the card before Teams showed the new version changes nothing.
    assertThat(cardText(click("gp1", "shadowing.accept", Activities.data().put("match", match))))
        .contains("This shadowing match is no longer available");
    assertThat(count("shadowing_match")).isZero();
    assertThat(count("shadowing_listing")).isEqualTo(1);
  }

  @Test
  void withdrawingFromAnAgreedMatchTellsThePartner() {
    list("gp1", "request", "GP", "primary", "Mondays");
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    Sent toMember = proposalTo("member1");
    var match = Activities.data().put("match", matchId());
    click("gp1", "shadowing.accept", match);
    assertThat(cardText(click("member1", "shadowing.accept", match)))
        .contains("You have both accepted");

    personal("gp1", "shadowing withdraw " + listingOf("gp1"));

    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("member1"))
                            && s.text().startsWith("Your colleague has withdrawn"))
                .text())
        .contains("from the shadowing match with your offer, so that match is off.");
    assertThat(settled(toMember).cardText()).contains("has been withdrawn");
    assertThat(personal("member1", "shadowing")).doesNotContain("**Your matches**");
  }

  /**
   * member2's offer fits gp1's request but waits while that request is agreed with member1; once
   * member1 withdraws, gp1's request is proposed to member2's waiting offer.
   */
  @Test
  void aRequestFreedFromAnAgreedMatchIsProposedToAnOfferThatWaited() {
    proposedToGp1AndMember1();
    var match = Activities.data().put("match", matchId());
    click("gp1", "shadowing.accept", match);
    assertThat(cardText(click("member1", "shadowing.accept", match)))
        .contains("You have both accepted");
    assertThat(list("member2", "offer", "Registrar", null, "secondary", "Tuesdays"))
        .contains("There's no match yet");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    assertThat(personal("member1", "shadowing withdraw " + listingOf("member1")))
        .contains("Withdrawn");

    assertThat(proposalTo("member2").cardText()).contains("Who: GP, primary care");
    // gp1 gets a new proposal card, this time with member2's offer.
    awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation("gp1"))
                && s.hasCard()
                && s.cardText().contains("Possible shadowing match")
                && s.cardText().contains("Who: Registrar"));
  }
}
