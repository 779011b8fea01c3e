package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** One person flooding the bot is asked once to slow down; everyone else is served meanwhile. */
@TestPropertySource(
    properties = {
      "interface-bot.limits.messages-per-period=15",
      "interface-bot.limits.period=30s",
      "spring.datasource.url=jdbc:h2:mem:ratelimit;DB_CLOSE_DELAY=-1"
    })
class RateLimitIT extends BotConversationTest {

  private static final String SLOW_DOWN =
      "You're sending messages faster than I can read them; please wait a few seconds.";

  private static final HttpClient http = HttpClient.newHttpClient();

  private CompletableFuture<Integer> postAsync(String body) {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  @Test
  void aBurstOf100MessagesGetsOneSlowDownReplyWhileOthersAreServed() {
    List<CompletableFuture<Integer>> burst = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      burst.add(postAsync(activities.personalMessage("flood", "Dr Flood", "help").toString()));
    }
    var calm = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
    for (int i = 0; i < 3; i++) {
      var message = activities.personalMessage("calm-" + i, "Dr Calm " + i, "help");
      calm.add(message);
      assertThat(post(message).status()).isBetween(200, 299);
    }
    burst.forEach(status -> assertThat(status.join()).isBetween(200, 299));

    String flood = Activities.personalConversation("flood");
    List<FakeBotConnector.Sent> toFlood =
        connector.sent().stream().filter(s -> s.conversationId().equals(flood)).toList();
    assertThat(toFlood)
        .filteredOn(s -> s.text().equals(SLOW_DOWN))
        .as("slow-down replies")
        .hasSize(1);
    assertThat(
            toFlood.stream()
                .filter(s -> !s.text().equals(SLOW_DOWN))
                .map(FakeBotConnector.Sent::replyToId)
                .distinct())
        .as("messages answered")
        .hasSizeLessThanOrEqualTo(15)
        .isNotEmpty();
    assertThat(toFlood).noneMatch(s -> s.text().startsWith("Sorry, something went wrong"));
    for (var message : calm) {
      assertThat(connector.sent())
          .as("answer to a calm colleague")
          .anyMatch(s -> s.replyToId().equals(message.path("id").asText()));
    }
  }

  @Test
  void aFloodOfCardClicksIsAnsweredWithoutAnError() {
    String conversation = Activities.personalConversation("clicker");
    int refused = 0;
    for (int i = 0; i < 30; i++) {
      var click =
          activities.invoke(
              conversation,
              "personal",
              "clicker",
              "Dr Click",
              "raise.submit",
              Activities.data().put("draftId", "no-such-draft"));
      var response = post(click);
      assertThat(response.status()).isEqualTo(200);
      if (response.body() == null
          || response.body().isEmpty()
          || response.body().contains(SLOW_DOWN)) {
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(15);
  }

  /**
   * Teams asks for a member's own view of each triage card on their screen (an automatic refresh):
   * opening a channel with many cards is not the member sending anything, and their vote after it
   * is counted.
   */
  @Test
  void aMemberWhoOpensAChannelFullOfCardsCanStillVote() {
    String reference = raiseOne();
    for (int i = 0; i < 20; i++) {
      var refresh =
          activities.invoke(
              Activities.CHANNEL,
              "channel",
              "gp2",
              "Dr Ruth Stuart",
              "triage.refresh",
              Activities.data().put("issue", reference));
      ((com.fasterxml.jackson.databind.node.ObjectNode) refresh.get("value"))
          .put("trigger", "automatic");
      assertThat(post(refresh).status()).isEqualTo(200);
    }

    var vote = post(activities.vote("gp2", reference, "discuss"));

    assertThat(vote.body()).doesNotContain(SLOW_DOWN);
    assertThat(org.interfacebot.support.CardText.of(vote.json().path("value")))
        .contains("You voted: ");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(1);
    assertThat(connector.sent()).noneMatch(s -> s.text().equals(SLOW_DOWN));
  }

  /** Only a refresh is a card's own request: a vote marked "automatic" is still the person's. */
  @Test
  void aVoteMarkedAutomaticUsesThePersonsOwnAllowance() {
    var answers = new ArrayList<String>();
    for (int i = 0; i < 20; i++) {
      var vote = activities.vote("crafty", "IF-2026-0999", "discuss");
      ((com.fasterxml.jackson.databind.node.ObjectNode) vote.get("value"))
          .put("trigger", "automatic");
      answers.add(post(vote).body());
    }
    assertThat(answers).anyMatch(body -> body.contains(SLOW_DOWN));
  }
}
