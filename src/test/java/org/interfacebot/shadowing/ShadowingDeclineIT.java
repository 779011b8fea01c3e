package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;

/**
 * After a decline, the two are not proposed to each other again, by any listing of theirs; and a
 * double click on Save lists once. The word of a decline reaches the other person once.
 */
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

  /**
   * The word to the other person is delivered again, as after Teams took it but the bot could not
   * record so (the delivery counted failed, and tried again): they are told once.
   */
  @Test
  void theOtherPersonIsToldOfADeclineOnceWhenItsDeliveryIsMadeAgain() {
    proposedToGp1AndMember1();
    click("member1", "shadowing.decline", Activities.data().put("match", matchId()));
    awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation("gp1"))
                && s.text().contains("was declined"));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    int again =
        jdbc.update(
            "update event_publication set completion_date = null, status = 'FAILED',"
                + " completion_attempts = 1, last_resubmission_date = null"
                + " where listener_id like '%ShadowingIntroductions%'"
                + " and event_type like '%ShadowingDeclined'");
    assertThat(again).isOne();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where completion_attempts >= 2"
                        + " and completion_date is not null",
                    Integer.class),
            n -> n == 1);

    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .filteredOn(s -> s.text().contains("was declined"))
        .hasSize(1);
  }

  /** Save clicked twice at once on the same form: one listing, both clicks answered with it. */
  @Test
  void aDoubleClickOnSaveListsOnce() throws Exception {
    var form = say(activities.personalMessage("member1", "Dr member1", "shadowing offer")).get(0);
    var data = ((ObjectNode) form.card().path("actions").path(0).path("data")).deepCopy();
    data.put("role", "Consultant").put("care", "secondary").put("availability", "Fridays");
    var pool = Executors.newFixedThreadPool(2);
    try {
      var clicks =
          List.of(
              CompletableFuture.supplyAsync(
                  () -> cardText(click("member1", "shadowing.submit", data)), pool),
              CompletableFuture.supplyAsync(
                  () -> cardText(click("member1", "shadowing.submit", data)), pool));
      for (var saved : clicks) {
        assertThat(saved.get()).contains("I've saved your offer (number " + listingOf("member1"));
      }
    } finally {
      pool.shutdown();
    }
    assertThat(count("shadowing_listing")).isOne();
    assertThat(personal("member1", "shadowing")).containsOnlyOnce("Number ");
  }
}
