package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

  protected long matchId() {
    return jdbc.queryForObject("select max(id) from shadowing_match", Long.class);
  }

  protected int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
