package org.interfacebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an admin's platform sees: the health probes over HTTP, and (started with the {@code
 * json-logs} profile, so one application start proves both) log lines a collector can parse.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ops;DB_CLOSE_DELAY=-1",
      "interface-bot.bot.app-id="
    })
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(
      strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
  void healthEndpointsAnswerUp(String path) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void theJsonLogsProfileWritesOneJsonObjectPerLine(CapturedOutput output) throws Exception {
    var started =
        output
            .getOut()
            .lines()
            .filter(line -> line.contains("Started OperationsIT"))
            .findFirst()
            .orElseThrow();

    JsonNode line = JSON.readTree(started);
    assertThat(line.path("@timestamp").asText()).isNotBlank();
    assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
    assertThat(line.path("message").asText()).startsWith("Started OperationsIT");
  }
}
