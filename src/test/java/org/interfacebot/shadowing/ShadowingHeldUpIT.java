package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The word to the other person that a match is off, held up while Teams is down for their chat,
 * outlives {@code forget me} of the one who withdrew or declined: it does not name them, so it is
 * not deleted with the deliveries that do, and it reaches the other person once Teams is back, with
 * their proposal card shown settled. Nothing stored or sent afterwards names the one forgotten.
 */
class ShadowingHeldUpIT extends ShadowingConversationTest {

  @Autowired EventSerializer events;

  private static final String GP1_CHAT = Activities.personalConversation("gp1");

  /** What gp1 was told in their chat, once Teams took it: the first message saying {@code says}. */
  private String toldGp1(String says) {
    return awaitSent(
            s -> s.conversationId().equals(GP1_CHAT) && s.text().contains(says),
            Duration.ofSeconds(30))
        .text();
  }

  @Test
  void aWithdrawalHeldUpForThePartnerReachesThemAfterTheWithdrawerIsForgotten() {
    var proposals = proposedToGp1AndMember1();
    connector.down(GP1_CHAT);
    long offer = listingOf("member1");

    assertThat(personal("member1", "shadowing withdraw " + offer))
        .isEqualTo("Withdrawn number " + offer + ", with its matches.");
    // The withdrawer's own card is shown settled at once; gp1's waits for Teams.
    assertThat(settled(proposals.get(1)).cardText()).contains("Withdrawn");
    awaitRetried("ShadowingIntroductions", 1, Duration.ofSeconds(20));
    awaitTried("ShadowingIntroductions", 1, 3, Duration.ofSeconds(30));
    // Each try again is for gp1's card and message: member1's card is not changed again.
    assertThat(
            connector.sent().stream()
                .filter(s -> s.method().equals("PUT"))
                .filter(s -> s.conversationId().equals(Activities.personalConversation("member1"))))
        .hasSize(1);
    int before = connector.sent().size();
    personal("member1", "forget me");
    assertThat(personal("member1", "yes")).startsWith("Done. I have forgotten you");
    connector.up(GP1_CHAT);

    assertThat(toldGp1("withdrawn"))
        .isEqualTo(
            "Your colleague has withdrawn from the shadowing match with your request, so that"
                + " match is off. Your request stays open and I'll tell you when another match"
                + " comes up. Type `shadowing` to see yours.");
    assertThat(settled(proposals.get(0)).cardText())
        .contains(
            "Withdrawn",
            "This shadowing match has been withdrawn, so there is nothing to accept or decline.")
        .doesNotContain("[Accept]", "[Decline]");
    await().untilAsserted(() -> assertThat(proposalCardsKept()).isZero());
    nothingNamesMember1Since(before);
  }

  @Test
  void aDeclineHeldUpForThePartnerReachesThemAfterTheDeclinerIsForgotten() {
    Sent toGp = proposedToGp1AndMember1().get(0);
    connector.down(GP1_CHAT);

    assertThat(
            cardText(
                click("member1", "shadowing.decline", Activities.data().put("match", matchId()))))
        .contains("I'll keep looking for another match.");
    awaitRetried("ShadowingIntroductions", 1, Duration.ofSeconds(20));
    int before = connector.sent().size();
    // Also deletes the declined match, with member1's offer.
    forgetMember1();
    connector.up(GP1_CHAT);

    assertThat(toldGp1("was declined"))
        .isEqualTo(
            "A possible shadowing match was declined. Your listing stays open and I'll keep"
                + " looking.");
    shownDeclinedAndNotKept(toGp);
    nothingNamesMember1Since(before);
  }

  /**
   * Teams took member1's proposal card but not gp1's: each time the delivery is tried again, gp1's
   * card is, and member1's is not posted a second time.
   */
  @Test
  void aProposalHeldUpForOnePersonIsPostedOnceToEach() {
    list("gp1", "request", "GP", "primary", "Mondays");
    connector.down(GP1_CHAT);
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    proposalTo("member1");
    awaitRetried("ShadowingIntroductions", 1, Duration.ofSeconds(20));
    awaitTried("ShadowingIntroductions", 1, 3, Duration.ofSeconds(30));
    connector.up(GP1_CHAT);
    proposalTo("gp1");
    awaitEveryDeliveryMade(Duration.ofSeconds(20));

    assertThat(proposalsPostedTo("member1")).isEqualTo(1);
    assertThat(proposalsPostedTo("gp1")).isEqualTo(1);
    assertThat(proposalCardsKept()).isEqualTo(2);
  }

  /**
   * gp1's proposal is on its way to Teams when member1 declines: once Teams has it, it is shown
   * declined at once, so gp1 is never left with a proposal to answer. (Whoever tells gp1 first, the
   * delivery of the proposal must see the decline that came while it was under way.)
   */
  @Test
  void aProposalOnItsWayAsTheOtherDeclinesIsShownDeclined() {
    list("gp1", "request", "GP", "primary", "Mondays");
    connector.held().hold(GP1_CHAT);
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    proposalTo("member1");
    await().atMost(Duration.ofSeconds(10)).until(() -> connector.held().waiting() > 0);

    assertThat(
            cardText(
                click("member1", "shadowing.decline", Activities.data().put("match", matchId()))))
        .contains("I'll keep looking for another match.");
    connector.held().release(GP1_CHAT);

    assertThat(toldGp1("was declined")).startsWith("A possible shadowing match was declined.");
    shownDeclinedAndNotKept(proposalTo("gp1"));
    assertThat(proposalsPostedTo("gp1")).isEqualTo(1);
  }

  private long proposalsPostedTo(String user) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation(user)))
        .filter(s -> s.method().equals("POST") && s.hasCard())
        .filter(s -> s.cardText().contains("Possible shadowing match"))
        .count();
  }

  /** Deliveries stored before the events left the actor out still read, as they were. */
  @Test
  void eventsStoredInTheirOldShapeStillRead() {
    var declined =
        events.deserialize("{\"matchId\":7,\"declinedByKey\":\"aad-x\"}", ShadowingDeclined.class);
    assertThat(declined.namesDecliner()).isTrue();
    assertThat(declined.declinedByKey()).isEqualTo("aad-x");
    var withdrawn =
        events.deserialize(
            "{\"matchId\":7,\"offerKey\":\"aad-x\",\"requestKey\":\"aad-y\","
                + "\"withdrawnByKey\":\"aad-x\"}",
            ShadowingWithdrawn.class);
    assertThat(withdrawn.partnerKey()).isEqualTo("aad-y");
    var now =
        events.deserialize(
            events.serialize(new ShadowingDeclined(7, "", "", "aad-y")), ShadowingDeclined.class);
    assertThat(now.namesDecliner()).isFalse();
    assertThat(now.partnerKey()).isEqualTo("aad-y");
    assertThat(now.partnerOffers()).isFalse();
  }
}
