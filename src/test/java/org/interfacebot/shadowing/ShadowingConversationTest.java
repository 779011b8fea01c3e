package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;

/** Conversations about work shadowing in people's 1:1 chats with the bot. */
abstract class ShadowingConversationTest extends BotConversationTest {

  protected String personal(String user, String text) {
    return say(activities.personalMessage(user, "Dr " + user, text)).get(0).text();
  }

  protected Response click(String user, String verb, ObjectNode data) {
    return clickIn1to1(user, "Dr " + user, verb, data);
  }

  protected static String cardText(Response response) {
    return CardText.of(response.json().path("value"));
  }

  /** Lists an offer or request through its form; returns what the bot answered the Save with. */
  protected String list(
      String user, String kind, String role, String specialty, String care, String when) {
    var form = say(activities.personalMessage(user, "Dr " + user, "shadowing " + kind)).get(0);
    assertThat(form.cardText()).contains("Your role", "You work in", "[Save]");
    var data = Activities.data().put("kind", kind).put("role", role).put("care", care);
    data.put("availability", when);
    if (specialty != null) {
      data.put("specialty", specialty);
    }
    return cardText(click(user, "shadowing.submit", data));
  }

  /** Lists an offer or request without a specialty, and checks that it was saved. */
  protected void list(String user, String kind, String role, String care, String when) {
    assertThat(list(user, kind, role, null, care, when)).contains("I've saved your");
  }

  /** The proposal card in the user's chat, as Teams shows it after its last update. */
  protected Sent settled(Sent proposal) {
    return awaitSent(
        s ->
            s.method().equals("PUT")
                && s.conversationId().equals(proposal.conversationId())
                && s.activityId().equals(proposal.activityId()));
  }

  protected Sent proposalTo(String user) {
    return awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation(user))
                && s.hasCard()
                && s.cardText().contains("Possible shadowing match"));
  }

  /** The message telling the user that their match is off, once it has been sent. */
  protected String matchOffTold(String user) {
    return awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation(user))
                    && s.text().startsWith("The shadowing match"))
        .text();
  }

  protected int proposalCardsKept() {
    return jdbc.queryForObject(
        "select count(*) from posted_card where subject like 'shadowing-match:%'", Integer.class);
  }

  /** Both proposals posted and their cards kept, as they are before anyone answers. */
  protected List<Sent> proposedToGp1AndMember1() {
    list("gp1", "request", "GP", "primary", "Mondays");
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    var proposals = List.of(proposalTo("gp1"), proposalTo("member1"));
    await().untilAsserted(() -> assertThat(proposalCardsKept()).isEqualTo(2));
    return proposals;
  }

  protected void forgetMember1() {
    personal("member1", "forget me");
    assertThat(personal("member1", "yes"))
        .contains("1 shadowing offer or request deleted, with its matches");
  }

  /** Nothing sent from {@code from} on names member1 or goes to their chat. */
  protected void nothingNamesMember1Since(int from) {
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    var since = connector.sent().subList(from, connector.sent().size());
    assertThat(since)
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("member1")))
        .allSatisfy(s -> assertThat(s.method()).isEqualTo("POST"))
        .allSatisfy(s -> assertThat(s.replyToId()).isNotNull());
    assertThat(since)
        .filteredOn(s -> !s.conversationId().equals(Activities.personalConversation("member1")))
        .allSatisfy(s -> assertThat(s.activity().toString()).doesNotContain("member1"));
    assertThat(jdbc.queryForList("select serialized_event from event_publication", String.class))
        .noneMatch(event -> event.contains("member1"));
    assertThat(jdbc.queryForList("select message_key from sent_message", String.class))
        .noneMatch(key -> key.contains("member1"));
  }

  /** The proposal card, as last changed, says the match was declined; no proposal card is kept. */
  protected void shownDeclinedAndNotKept(Sent proposal) {
    assertThat(settled(proposal).cardText())
        .contains(
            "Declined",
            "This possible shadowing match was declined, so there is nothing to accept or"
                + " decline.")
        .doesNotContain("[Accept]", "[Decline]");
    await().untilAsserted(() -> assertThat(proposalCardsKept()).isZero());
  }

  protected long listingOf(String user) {
    return jdbc.queryForObject(
        "select id from shadowing_listing where person_key = ?", Long.class, "aad-" + user);
  }

  protected long matchId() {
    return jdbc.queryForObject("select max(id) from shadowing_match", Long.class);
  }

  protected int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
