package org.interfacebot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole conversations over HTTP: real activity JSON posted to {@code /api/messages} of the running
 * application (local mode, in-memory H2), with the bot's messages captured by a fake connector.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:conversations;DB_CLOSE_DELAY=-1",
      "interface-bot.bot.app-id=",
      // Conversation tests talk fast; RateLimitIT tests the real limit.
      "interface-bot.limits.messages-per-period=100000",
      // Failed deliveries to Teams are tried again every second (ConnectorOutageIT).
      "interface-bot.teams.resend-failed-every=PT1S",
      "interface-bot.teams.resend-failed-after=PT0S",
      "interface-bot.teams.resend-failed-at-most-every=PT2S",
      // DigestIT runs the digest schedule itself; in the background it would post digests into
      // other tests that move the clock.
      "interface-bot.insights.digest-check-every=PT1000H"
    })
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class BotConversationTest {

  protected static final FakeBotConnector connector = new FakeBotConnector();

  /** References carry the year they were raised in. */
  protected static final int YEAR = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();

  protected static final Activities activities = new Activities(connector.serviceUrl());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort protected int port;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected TestClock clock;

  @BeforeEach
  void startClean() {
    for (String table :
        List.of(
            "event_publication",
            "consultation_answer",
            "consultation",
            "shadowing_match",
            "shadowing_listing",
            "fellow_update",
            "fellow_assignment",
            "audit_actor",
            "audit_entry",
            "stuck_notice",
            "sent_message",
            "minutes_ack",
            "network",
            "meeting_agenda_item",
            "meeting_item",
            "meeting",
            "posted_card",
            "named_reply",
            "group_member",
            "group_chair",
            "issue_support",
            "issue_note",
            "conversation_reference",
            "bot_state",
            "triage_vote",
            "triage_round",
            "issue",
            "issue_reference_counter",
            "insights_digest",
            "interface_group")) {
      // audit_entry refuses DELETE (append-only, migration V10_1); TRUNCATE is how tests clear it.
      jdbc.update((table.equals("audit_entry") ? "truncate table " : "delete from ") + table);
    }
    connector.clear();
    connector.roster(FakeBotConnector.defaultRoster());
    connector.memberLookupsAnswer(200);
    connector.refuseNext(0, 429);
    connector.health(FakeBotConnector.Health.UP);
    connector.upEverywhere();
    clock.reset();
  }

  @AfterEach
  void connectorDidNotBreak() {
    assertThat(connector.takeFailures()).as("faults of the fake connector itself").isEmpty();
  }

  @AfterAll
  static void keepConnector() {
    // The connector lives for the whole JVM: Spring caches the application across test classes.
  }

  protected Response post(JsonNode activity) {
    return post(activity.toString(), null);
  }

  protected Response post(String body, String authorization) {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Clicks an Action.Execute button on a card in the group's channel; returns the invoke answer.
   */
  protected Response clickInChannel(
      String user, String verb, com.fasterxml.jackson.databind.node.ObjectNode data) {
    return post(activities.invoke(Activities.CHANNEL, "channel", user, user, verb, data));
  }

  /** Clicks an Action.Execute button on a card in a person's 1:1 chat with the bot. */
  protected Response clickIn1to1(
      String user, String name, String verb, com.fasterxml.jackson.databind.node.ObjectNode data) {
    return post(
        activities.invoke(
            Activities.personalConversation(user), "personal", user, name, verb, data));
  }

  protected Response vote(String member, String reference, String choice) {
    return post(activities.vote(member, reference, choice));
  }

  /** Posts and returns the bot's replies to that activity, in order. */
  protected List<FakeBotConnector.Sent> say(JsonNode activity) {
    Response response = post(activity);
    if (response.status() >= 300) {
      throw new AssertionError("The bot answered " + response.status() + ": " + response.body());
    }
    String id = activity.path("id").asText();
    return connector.sent().stream().filter(s -> id.equals(s.replyToId())).toList();
  }

  /** Waits until {@code count} deliveries by the listener have failed and been tried again. */
  protected void awaitRetried(String listener, int count, Duration atMost) {
    awaitTried(listener, count, 2, atMost);
  }

  /**
   * Waits until {@code count} undelivered events of the listener have been tried {@code tries}
   * times.
   */
  protected void awaitTried(String listener, int count, int tries, Duration atMost) {
    await()
        .atMost(atMost)
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where listener_id like ?"
                        + " and completion_date is null and completion_attempts >= ?",
                    Integer.class,
                    "%" + listener + "%",
                    tries),
            n -> n >= count);
  }

  /** Waits until every delivery to Teams (event publication) has been made. */
  protected void awaitEveryDeliveryMade(Duration atMost) {
    await()
        .atMost(atMost)
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null",
                    Integer.class),
            n -> n == 0);
  }

  /** Waits for the bot to send something matching, e.g. a proactive post. */
  protected FakeBotConnector.Sent awaitSent(Predicate<FakeBotConnector.Sent> what) {
    return awaitSent(what, Duration.ofSeconds(10));
  }

  protected FakeBotConnector.Sent awaitSent(
      Predicate<FakeBotConnector.Sent> what, Duration atMost) {
    return await()
        .atMost(atMost)
        .until(
            () -> connector.sent().stream().filter(what).findFirst(), java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** A chair ("chair" installed the bot, so chairs the group) mentions the bot in the channel. */
  protected String chair(String command) {
    return say(activities.channelMention("chair", "Dr Ann Law", command)).get(0).text();
  }

  /** Installs the bot, raises one issue and waits for its triage card; returns its reference. */
  protected String raiseOne() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    awaitSent(
        s ->
            s.method().equals("POST")
                && s.conversationId().equals(Activities.CHANNEL)
                && s.hasCard());
    return reference;
  }

  /** The status of the only issue there is. */
  protected String status() {
    return jdbc.queryForObject("select status from issue", String.class);
  }

  /** The stored status of the issue with this reference. */
  protected String status(String reference) {
    return jdbc.queryForObject(
        "select status from issue where reference = ?", String.class, reference);
  }

  /** Installs the bot in the group's team and forgets the welcome card. */
  protected void installInTeam() {
    say(activities.installInTeam("chair"));
    connector.clear();
  }

  /** The answers after the title, in the order the raise dialog asks for them. */
  protected static final List<String> USUAL_ANSWERS = Activities.RAISE_ANSWERS;

  /**
   * Plays the raise dialog in a 1:1 chat up to the confirmation card and returns that card's draft
   * id. {@code category} replaces the usual theme.
   */
  protected String draftIssue(String user, String name, String title, String category) {
    say(activities.personalMessage(user, name, "raise"));
    say(activities.personalMessage(user, name, title));
    List<FakeBotConnector.Sent> last = List.of();
    for (int i = 0; i < USUAL_ANSWERS.size(); i++) {
      String answer = i == 1 ? category : USUAL_ANSWERS.get(i);
      last = say(activities.personalMessage(user, name, answer));
    }
    return draftIdOf(last.get(last.size() - 1));
  }

  protected static String draftIdOf(FakeBotConnector.Sent confirmation) {
    return confirmation.card().path("actions").path(0).path("data").path("draftId").asText();
  }

  /** Clicks Submit on the confirmation card; returns the invoke response. */
  protected Response submit(String user, String name, String draftId) {
    return post(activities.submitDraft(user, name, draftId));
  }

  /** Raises an issue end to end and returns its reference. */
  protected String raise(String user, String name, String title, String category) {
    var response = submit(user, name, draftIssue(user, name, title, category));
    String heading = CardText.of(response.json().path("value")).lines().findFirst().orElse("");
    return heading.replace("Raised: ", "");
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
