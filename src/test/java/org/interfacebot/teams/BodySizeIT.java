package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** A request larger than 256 KB is refused before anything reads it. */
class BodySizeIT extends BotConversationTest {

  private static final HttpClient http = HttpClient.newHttpClient();

  private String paddedHelp(int bytes) {
    var activity = activities.personalMessage("gp1", "Dr Morag Fraser", "help");
    activity.putObject("channelData").put("padding", "p".repeat(bytes));
    return activity.toString();
  }

  private Response send(HttpRequest.BodyPublisher body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(body)
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body());
  }

  @Test
  void aBodyOver256KbIs413WithAJsonError() throws Exception {
    var response = send(HttpRequest.BodyPublishers.ofString(paddedHelp(300 * 1024)));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("error").asText()).contains("larger than 256 KB");
    assertThat(response.body()).doesNotContain("Exception", "at org.", "at com.");
    assertThat(connector.sent()).isEmpty();
  }

  @Test
  void aChunkedBodyOver256KbIs413Too() throws Exception {
    byte[] body = paddedHelp(300 * 1024).getBytes(StandardCharsets.UTF_8);

    var response =
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void aLargeButAllowedActivityIsAnswered() throws Exception {
    String body = paddedHelp(200 * 1024);

    var response =
        send(
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

    assertThat(response.status()).isBetween(200, 299);
    assertThat(connector.sent()).isNotEmpty();
  }
}
