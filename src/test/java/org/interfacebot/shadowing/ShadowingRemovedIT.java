package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A match that loses a listing its owner did not withdraw ({@code forget me}, retention) or that is
 * declined: the other person is told in 1:1 without the forgotten person being named, the proposal
 * cards are shown settled, and their rows are not kept.
 */
class ShadowingRemovedIT extends ShadowingConversationTest {

  @Autowired ApplicationContext context;

  private static final String REMOVED_FROM_REQUEST =
      "The shadowing match with your request is no longer available: the other person's listing"
          + " has been removed. Your request stays open and I'll tell you when another match comes"
          + " up. Type `shadowing` to see yours.";

  @Test
  void forgetMeTellsThePartnerOfAProposedMatchWithoutNamingTheForgottenPerson() {
    Sent toGp = proposedToGp1AndMember1().get(0);
    int before = connector.sent().size();

    forgetMember1();

    assertThat(matchOffTold("gp1")).isEqualTo(REMOVED_FROM_REQUEST);
    assertThat(settled(toGp).cardText())
        .contains(
            "No longer available",
            "This shadowing match is no longer available: a listing in it has been removed. There"
                + " is nothing to accept or decline.")
        .doesNotContain("[Accept]", "[Decline]", "withdrawn");
    nothingNamesMember1Since(before);
    assertThat(jdbc.queryForList("select person_key from shadowing_listing", String.class))
        .containsExactly("aad-gp1");
    assertThat(count("shadowing_match")).isZero();
    assertThat(proposalCardsKept()).isZero();
    // The partner's request stays open and is matched again.
    list("member2", "offer", "Registrar", "secondary", "Wednesdays");
    assertThat(proposalTo("member2").cardText()).contains("Who: GP, primary care");
  }

  @Test
  void forgetMeTellsThePartnerOfAnAgreedMatch() {
    var proposals = proposedToGp1AndMember1();
    var match = Activities.data().put("match", matchId());
    click("member1", "shadowing.accept", match);
    assertThat(cardText(click("gp1", "shadowing.accept", match)))
        .contains("You have both accepted");
    for (String user : List.of("gp1", "member1")) {
      awaitSent(
          s ->
              s.conversationId().equals(Activities.personalConversation(user))
                  && s.text().startsWith("Shadowing match agreed"));
    }
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    int before = connector.sent().size();

    forgetMember1();

    assertThat(matchOffTold("gp1")).isEqualTo(REMOVED_FROM_REQUEST);
    assertThat(settled(proposals.get(0)).cardText()).contains("No longer available");
    nothingNamesMember1Since(before);
    assertThat(count("shadowing_match")).isZero();
    assertThat(proposalCardsKept()).isZero();
    assertThat(personal("gp1", "shadowing")).doesNotContain("**Your matches**");
  }

  /** A click on the card before Teams showed it settled: nobody withdrew, and nobody is named. */
  @Test
  void aClickOnACardWhoseMatchWentWithAForgottenListingSaysItIsNoLongerAvailable() {
    proposedToGp1AndMember1();
    long match = matchId();
    forgetMember1();

    for (String verb : List.of("shadowing.accept", "shadowing.decline")) {
      assertThat(cardText(click("gp1", verb, Activities.data().put("match", match))))
          .contains(
              "No longer available",
              "This shadowing match is no longer available: a listing in it has been removed.")
          .doesNotContain("withdrawn", "Withdrawn", "member1", "[Accept]", "[Decline]");
    }
  }

  @Test
  void retentionTellsThePartnerAndShowsBothCardsSettled() {
    list("gp1", "request", "GP", "primary", "Mondays");
    clock.advance(Duration.ofDays(200));
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    var proposals = List.of(proposalTo("gp1"), proposalTo("member1"));
    await().untilAsserted(() -> assertThat(proposalCardsKept()).isEqualTo(2));
    clock.advance(Duration.ofDays(170));

    ReflectionTestUtils.invokeMethod(context.getBean("retentionSchedule"), "run");

    assertThat(matchOffTold("member1"))
        .isEqualTo(
            "The shadowing match with your offer is no longer available: the other person's"
                + " listing has been removed. Your offer stays open and I'll tell you when another"
                + " match comes up. Type `shadowing` to see yours.");
    for (Sent proposal : proposals) {
      assertThat(settled(proposal).cardText())
          .contains("No longer available", "a listing in it has been removed")
          .doesNotContain("[Accept]", "[Decline]");
    }
    // The one whose listing went hears why from retention, not that the match is off.
    awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation("gp1"))
                && s.text().startsWith("Your shadowing request of "));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .noneMatch(s -> s.text().startsWith("The shadowing match"));
    assertThat(jdbc.queryForList("select person_key from shadowing_listing", String.class))
        .containsExactly("aad-member1");
    assertThat(count("shadowing_match")).isZero();
    assertThat(proposalCardsKept()).isZero();
  }

  @Test
  void aDeclineShowsTheOtherCardDeclinedAndKeepsNeitherCard() {
    Sent toGp = proposedToGp1AndMember1().get(0);

    assertThat(
            cardText(
                click("member1", "shadowing.decline", Activities.data().put("match", matchId()))))
        .contains("I'll keep looking for another match.");

    shownDeclinedAndNotKept(toGp);
    assertThat(
            connector.sent().stream()
                .filter(s -> s.method().equals("PUT"))
                .filter(s -> s.conversationId().equals(Activities.personalConversation("member1"))))
        .isEmpty();
    assertThat(count("shadowing_match")).isOne();
    assertThat(count("shadowing_listing")).isEqualTo(2);
  }

  /**
   * Teams could not take gp1's proposal card, and the offer's side declined before it was sent
   * again: gp1 is never left with a proposal to answer that was already declined (not posted, or,
   * if it was on its way as the decline came, shown declined at once), and no card is kept.
   */
  @Test
  void aProposalHeldUpUntilAfterADeclineIsNeverLeftToAnswer() {
    String gp1Chat = Activities.personalConversation("gp1");
    list("gp1", "request", "GP", "primary", "Mondays");
    connector.down(gp1Chat);
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    proposalTo("member1");
    awaitRetried("ShadowingIntroductions", 1, Duration.ofSeconds(20));

    assertThat(
            cardText(
                click("member1", "shadowing.decline", Activities.data().put("match", matchId()))))
        .contains("I'll keep looking for another match.");
    connector.up(gp1Chat);

    awaitSent(
        s -> s.conversationId().equals(gp1Chat) && s.text().contains("was declined"),
        Duration.ofSeconds(20));
    awaitEveryDeliveryMade(Duration.ofSeconds(20));
    var proposalsToGp1 =
        connector.sent().stream()
            .filter(s -> s.conversationId().equals(gp1Chat) && s.method().equals("POST"))
            .filter(s -> s.hasCard() && s.cardText().contains("Possible shadowing match"))
            .toList();
    for (Sent proposal : proposalsToGp1) {
      assertThat(settled(proposal).cardText()).contains("Declined").doesNotContain("[Accept]");
    }
    assertThat(proposalCardsKept()).isZero();
  }
}
