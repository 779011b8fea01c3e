package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.interfacebot.InterfaceBotApplication;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector;
import org.interfacebot.support.FakeBotConnector.Health;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot's process ends while an issue's triage card is on its way to Teams, on application.yml's
 * own default database (./data under its working folder, so this also proves the shipped default
 * starts). Killed ({@code kill -9}: {@link Process#destroyForcibly()}, SIGKILL on Linux), the card
 * is posted once the application runs again on the same database. Stopped ({@link
 * Process#destroy()}, SIGTERM, as a service manager or a container stop does), the stop waits for
 * the card, records it as sent, and the restart does not post it again. A second bot started on the
 * same folder meanwhile is refused with a message saying why.
 */
class KilledProcessIT {

  private static final HttpClient http = HttpClient.newHttpClient();
  private static final String TITLE = "Discharge letters without medication changes";

  @TempDir Path data;

  @Test
  void aCardNotPostedWhenTheProcessWasKilledIsPostedAfterTheRestart() throws Exception {
    try (var connector = new FakeBotConnector()) {
      var activities = new Activities(connector.serviceUrl());
      int port = freePort();
      Process bot = startProcess(port, "killed-run.log");
      try {
        awaitUp(port);
        // The connector holds the thank-you reply and the triage card until it is told otherwise.
        submitWhileTeamsIs(Health.HANGING, port, activities, connector);
      } finally {
        bot.destroyForcibly().waitFor();
      }
      assertThat(connector.sent()).noneMatch(KilledProcessIT::triageCard);
      connector.health(Health.UP);

      try (var restarted = restartOnTheSameDatabase()) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> connector.sent().stream().anyMatch(KilledProcessIT::triageCard));
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(connector.sent()).filteredOn(KilledProcessIT::triageCard).hasSize(1);
        assertThat(((WebServerApplicationContext) restarted).getWebServer().getPort()).isPositive();
      }
    }
  }

  @Test
  void aCardOnItsWayWhenTheBotIsStoppedIsPostedOnceAndNotAgainAfterTheRestart() throws Exception {
    try (var connector = new FakeBotConnector()) {
      var activities = new Activities(connector.serviceUrl());
      int port = freePort();
      Process bot = startProcess(port, "stopped-run.log");
      try {
        awaitUp(port);
        // A second bot on the same folder is refused, saying why, and leaves the first one be.
        Process second = startProcess(freePort(), "second-bot.log");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second bot gave up").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(Files.readString(data.resolve("second-bot.log")))
            .contains("is already open in another process: another Interface Bot is running")
            .contains("give this one a folder of its own with DATA_DIR");
        // The connector answers the thank-you reply and the triage card after a few seconds; the
        // bot is stopped in the meantime.
        submitWhileTeamsIs(Health.SLOW, port, activities, connector);
        bot.destroy();
        assertThat(bot.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
      } finally {
        bot.destroyForcibly().waitFor();
      }
      assertThat(Files.readString(data.resolve("stopped-run.log")))
          .doesNotContain("Database is already closed")
          .doesNotContain(" ERROR ");
      assertThat(connector.sent()).filteredOn(KilledProcessIT::triageCard).hasSize(1);
      connector.health(Health.UP);

      try (var restarted = restartOnTheSameDatabase()) {
        await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
        assertThat(connector.sent()).filteredOn(KilledProcessIT::triageCard).hasSize(1);
      }
    }
  }

  /**
   * Installs the bot, walks gp1 through the raise dialog and, with the connector in {@code health},
   * clicks Submit; returns once the thank-you and the triage card have both reached the connector.
   */
  private static void submitWhileTeamsIs(
      Health health, int port, Activities activities, FakeBotConnector connector) throws Exception {
    post(port, activities.installInTeam("chair"));
    post(port, activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    post(port, activities.personalMessage("gp1", "Dr Morag Fraser", TITLE));
    Sent confirmation = null;
    for (String answer : Activities.RAISE_ANSWERS) {
      var message = activities.personalMessage("gp1", "Dr Morag Fraser", answer);
      post(port, message);
      confirmation =
          connector.sent().stream()
              .filter(s -> message.path("id").asText().equals(s.replyToId()))
              .reduce((a, b) -> b)
              .orElse(confirmation);
    }
    String draftId =
        confirmation.card().path("actions").path(0).path("data").path("draftId").asText();
    connector.health(health);
    postAsync(port, activities.submitDraft("gp1", "Dr Morag Fraser", draftId));
    await().atMost(Duration.ofSeconds(30)).until(() -> connector.hung() >= 2);
  }

  /** The restart runs in this JVM on application.yml's default database, in the same folder. */
  private ConfigurableApplicationContext restartOnTheSameDatabase() {
    return new SpringApplicationBuilder(InterfaceBotApplication.class)
        .run(
            "--server.port=0",
            "--interface-bot.bot.app-id=",
            "--DATA_DIR=" + data.resolve("data").toAbsolutePath());
  }

  private static boolean triageCard(Sent s) {
    return s.method().equals("POST")
        && s.conversationId().equals(Activities.CHANNEL)
        && s.cardText().contains(TITLE);
  }

  private Process startProcess(int port, String log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            InterfaceBotApplication.class.getName(),
            "--server.port=" + port,
            "--interface-bot.bot.app-id=")
        .directory(data.toFile())
        .redirectErrorStream(true)
        .redirectOutput(data.resolve(log).toFile())
        .start();
  }

  private static void awaitUp(int port) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                http.send(
                            HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                    == 200);
  }

  private static HttpRequest request(int port, ObjectNode activity) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
        .build();
  }

  private static void post(int port, ObjectNode activity) throws Exception {
    assertThat(
            http.send(request(port, activity), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isLessThan(300);
  }

  private static void postAsync(int port, ObjectNode activity) {
    http.sendAsync(request(port, activity), HttpResponse.BodyHandlers.discarding());
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
