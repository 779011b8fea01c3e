package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.interfacebot.InterfaceBotApplication;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A dialog half done before the application restarts carries on after it. */
class RestartIT {

  @TempDir Path data;

  @Test
  void aDialogHalfDoneBeforeARestartFinishesAfterIt() throws Exception {
    try (var connector = new FakeBotConnector()) {
      var activities = new Activities(connector.serviceUrl());
      try (var first = start()) {
        send(first, activities.installInTeam("chair").toString());
        send(first, activities.personalMessage("gp1", "Dr Morag Fraser", "raise").toString());
        send(
            first,
            activities
                .personalMessage("gp1", "Dr Morag Fraser", "Prescriptions not updated after clinic")
                .toString());
      }
      connector.clear();

      try (var second = start()) {
        for (String answer :
            List.of(
                "Clinic letters arrive late.",
                "Prescribing",
                "Both ways",
                "Own experience",
                "Low",
                "Often",
                "skip",
                "yes")) {
          send(second, activities.personalMessage("gp1", "Dr Morag Fraser", answer).toString());
        }
      }

      var confirm =
          connector.sent().stream().filter(Sent::hasCard).reduce((a, b) -> b).orElseThrow();
      assertThat(confirm.cardText())
          .contains(
              "Title: Prescriptions not updated after clinic",
              "Clinic letters arrive late.",
              "Theme: Prescribing");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(InterfaceBotApplication.class)
        .run(
            "--server.port=0",
            "--interface-bot.bot.app-id=",
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("bot").toAbsolutePath());
  }

  private static void send(ConfigurableApplicationContext app, String activity) throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isLessThan(300);
  }
}
