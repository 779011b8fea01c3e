package org.interfacebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.interfacebot.InterfaceBotApplication;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.EmbeddedPostgreSql;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of the bot on one PostgreSQL, as behind a load balancer: the test's application and
 * a second one started beside it. Turns go to either; the database is what they share.
 */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
@DirtiesContext
class TwoInstancesIT extends BotConversationTest {

  private static final String DATABASE = "two_instances";
  private static final HttpClient http = HttpClient.newHttpClient();
  private static ConfigurableApplicationContext other;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgreSql.database(DATABASE));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("interface-bot.triage.check-every", () -> "PT1S");
  }

  @BeforeEach
  void startTheOtherInstance() {
    if (other == null) {
      other =
          new SpringApplicationBuilder(InterfaceBotApplication.class)
              .run(
                  "--server.port=0",
                  "--interface-bot.bot.app-id=",
                  "--interface-bot.limits.messages-per-period=100000",
                  "--spring.datasource.url=" + EmbeddedPostgreSql.database(DATABASE),
                  "--spring.datasource.username=postgres",
                  "--spring.datasource.password=",
                  // Both instances run the triage schedule every second.
                  "--interface-bot.triage.check-every=PT1S");
    }
  }

  @AfterAll
  static void stopTheOtherInstance() {
    if (other != null) {
      other.close();
      other = null;
    }
  }

  @Test
  void aDialogMovesBetweenInstancesAndVotesOnBothGiveExactTallies() {
    installInTeam();
    String user = "gp1";
    String name = "Dr Morag Fraser";
    List<JsonNode> turns = new ArrayList<>();
    turns.add(activities.personalMessage(user, name, "raise"));
    turns.add(activities.personalMessage(user, name, "Results sent to the wrong GP"));
    for (int i = 0; i < USUAL_ANSWERS.size(); i++) {
      turns.add(
          activities.personalMessage(user, name, i == 1 ? "Test results" : USUAL_ANSWERS.get(i)));
    }
    for (int i = 0; i < turns.size(); i++) {
      int status = i % 2 == 0 ? post(turns.get(i)).status() : postToOther(turns.get(i)).join();
      assertThat(status).as("turn %d", i).isBetween(200, 299);
    }
    String lastId = turns.get(turns.size() - 1).path("id").asText();
    Sent confirmation =
        connector.sent().stream()
            .filter(s -> lastId.equals(s.replyToId()))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(confirmation.cardText())
        .contains("Title: Results sent to the wrong GP", "Theme: Test results");
    String reference = raiseFrom(draftIdOf(confirmation));
    Sent card =
        awaitSent(
            s ->
                s.method().equals("POST")
                    && s.conversationId().equals(Activities.CHANNEL)
                    && s.hasCard());

    voteOnBothInstances(reference);

    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class))
        .isEqualTo(13);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from triage_vote where choice = 'REFER'", Integer.class))
        .isEqualTo(5);
    awaitSent(
        s ->
            s.method().equals("PUT")
                && s.activityId().equals(card.activityId())
                && s.cardText().contains("Votes so far: 13"));
    assertThat(connector.sent())
        .filteredOn(s -> s.method().equals("POST") && s.conversationId().equals(Activities.CHANNEL))
        .as("one triage card, posted by one instance")
        .hasSize(1);
  }

  /**
   * Both instances run the triage schedule every second on the same rounds: a vote whose deadline
   * has passed is closed once (one message to the chairs), and a vote closing within a day gets one
   * reminder per member who has not voted, however many runs there are.
   */
  @Test
  void scheduledWorkIsDoneOnceByTwoInstances() {
    installInTeam();
    String remind = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    String close = raise("gp2", "Dr Ann Gray", "Clinic letters arrive late", "Prescribing");
    awaitSent(
        s -> s.method().equals("POST") && s.cardText().contains("Clinic letters arrive late"));
    assertThat(vote("member1", remind, "discuss").status()).isEqualTo(200);
    assertThat(postToOther(voteClick("member2", remind, "refer")).join()).isEqualTo(200);
    connector.clear();

    // Due by either instance's clock (the other instance has no test clock).
    jdbc.update(
        "update triage_round set deadline = ? where issue_id = (select id from issue where"
            + " reference = ?)",
        java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(12))),
        remind);
    jdbc.update(
        "update triage_round set deadline = ? where issue_id = (select id from issue where"
            + " reference = ?)",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(1))),
        close);

    awaitSent(
        s -> s.text().startsWith("The triage vote on **" + close + "** closed without"),
        java.time.Duration.ofSeconds(60));
    List<String> members =
        new ArrayList<>(
            jdbc.queryForList("select teams_user_id from group_member", String.class).stream()
                .map(id -> id.replace("29:", ""))
                .toList());
    assertThat(members).as("the team's members").contains("member1", "member2", "gp9");
    members.removeAll(List.of("member1", "member2"));
    for (String member : members) {
      awaitSent(s -> reminderTo(s, member, remind), java.time.Duration.ofSeconds(60));
    }
    // Many more runs of both schedules: nothing is done a second time.
    org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofSeconds(5)).until(() -> true);

    List<Sent> sent = connector.sent();
    assertThat(sent)
        .filteredOn(s -> s.text().startsWith("The triage vote on **" + close + "** closed without"))
        .as("one close of the vote past its deadline")
        .hasSize(1);
    for (String member : members) {
      assertThat(sent).filteredOn(s -> reminderTo(s, member, remind)).as(member).hasSize(1);
    }
    assertThat(sent)
        .filteredOn(s -> s.text().startsWith("Reminder: the triage vote"))
        .as("no reminder to those who voted, none for the closed vote")
        .hasSize(members.size());
    assertThat(
            jdbc.queryForObject(
                "select state from triage_round where issue_id = (select id from issue where"
                    + " reference = ?)",
                String.class,
                close))
        .isEqualTo("AWAITING_CHAIR");
  }

  /**
   * Votes sent alternately to each instance: the triage card in the channel is updated in one
   * stream, its tally never going back, ending exact; the card is posted once.
   */
  @Test
  void votesOnBothInstancesGiveOneCardUpdateStream() {
    String reference = raiseOne();
    Sent card =
        connector.sent().stream()
            .filter(
                s ->
                    s.method().equals("POST")
                        && s.conversationId().equals(Activities.CHANNEL)
                        && s.hasCard())
            .findFirst()
            .orElseThrow();
    voteOnBothInstances(reference);

    awaitSent(
        s ->
            s.method().equals("PUT")
                && s.activityId().equals(card.activityId())
                && s.cardText().contains("Votes so far: 13"),
        java.time.Duration.ofSeconds(60));
    org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofSeconds(3)).until(() -> true);

    List<Sent> updates =
        connector.sent().stream()
            .filter(s -> s.method().equals("PUT") && s.activityId().equals(card.activityId()))
            .toList();
    List<Integer> tallies = updates.stream().map(TwoInstancesIT::votesSoFar).toList();
    assertThat(tallies).as("the tally on each update, in the order Teams got them").isSorted();
    assertThat(tallies.get(tallies.size() - 1)).isEqualTo(13);
    assertThat(updates.get(updates.size() - 1).cardText()).contains("Votes so far: 13");
    assertThat(connector.sent())
        .filteredOn(s -> s.method().equals("POST") && s.conversationId().equals(Activities.CHANNEL))
        .as("the card is posted once, never again")
        .hasSize(1);
  }

  private static int votesSoFar(Sent update) {
    var found = java.util.regex.Pattern.compile("Votes so far: (\\d+)").matcher(update.cardText());
    assertThat(found.find()).as(update.cardText()).isTrue();
    return Integer.parseInt(found.group(1));
  }

  private static boolean reminderTo(Sent s, String member, String reference) {
    return s.conversationId().equals("a:personal-" + member)
        && s.text().startsWith("Reminder: the triage vote on **" + reference + "**");
  }

  /**
   * Thirteen members vote (every third one refer, the rest discuss), one after another, alternately
   * on each instance (concurrent clicks: ConcurrentTurnsIT); each is answered 200.
   */
  private void voteOnBothInstances(String reference) {
    List<String> voters = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      voters.add("member" + i);
    }
    for (int i = 2; i <= 9; i++) {
      voters.add("gp" + i);
    }
    for (int i = 0; i < voters.size(); i++) {
      var click = voteClick(voters.get(i), reference, i % 3 == 0 ? "refer" : "discuss");
      int status = i % 2 == 0 ? post(click).status() : postToOther(click).join();
      assertThat(status).as(voters.get(i)).isEqualTo(200);
    }
  }

  private JsonNode voteClick(String member, String reference, String choice) {
    return activities.vote(member, reference, choice);
  }

  private String raiseFrom(String draftId) {
    var response = submit("gp1", "Dr Morag Fraser", draftId);
    String heading =
        org.interfacebot.support.CardText.of(response.json().path("value"))
            .lines()
            .findFirst()
            .orElse("");
    return heading.replace("Raised: ", "");
  }

  private static CompletableFuture<Integer> postToOther(JsonNode activity) {
    int port = ((WebServerApplicationContext) other).getWebServer().getPort();
    return http.sendAsync(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }
}
