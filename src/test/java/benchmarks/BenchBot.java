package benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.interfacebot.InterfaceBotApplication;
import org.interfacebot.support.Activities;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The bot started in this JVM for a load benchmark, in local mode on an in-memory H2, talking to a
 * fake Bot Connector on loopback; plus an empty Spring MVC POST endpoint ({@code /benchmark/empty})
 * in the same application, the reference the bot's figures are compared with.
 */
final class BenchBot implements AutoCloseable {

  static final String EMPTY_ENDPOINT = "/benchmark/empty";

  /**
   * The same activity through the Bot Framework SDK only: read as the bot reads it, processed by
   * the bot's own adapter, answered by a bot that stores nothing and returns a fixed card. What the
   * fixed stack costs before the product does anything.
   */
  static final String SDK_ONLY_ENDPOINT = "/benchmark/sdk-only";

  private static final ObjectMapper JSON = new ObjectMapper();

  final FakeBotConnector connector;
  final Activities activities;
  private final ConfigurableApplicationContext app;
  private final HttpClient http = HttpClient.newHttpClient();

  private BenchBot(FakeBotConnector connector, ConfigurableApplicationContext app) {
    this.connector = connector;
    this.activities = new Activities(connector.serviceUrl());
    this.app = app;
  }

  /** Starts the bot; {@code properties} override the benchmark defaults. */
  static BenchBot start(FakeBotConnector connector, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>();
    all.put("server.port", "0");
    // The product's own default database (application.yml: an H2 file with its settings), in a
    // fresh folder for each run.
    all.put("DATA_DIR", freshFolder());
    all.put("interface-bot.bot.app-id", "");
    all.put("logging.level.root", "warn");
    all.putAll(properties);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(InterfaceBotApplication.class)
            .initializers(
                (GenericApplicationContext context) ->
                    context.registerBean(
                        "emptyEndpoint",
                        RouterFunction.class,
                        () ->
                            RouterFunctions.route()
                                .POST(
                                    EMPTY_ENDPOINT,
                                    request -> {
                                      request.body(String.class);
                                      return ServerResponse.ok().build();
                                    })
                                .POST(
                                    SDK_ONLY_ENDPOINT,
                                    request ->
                                        SdkOnly.answer(
                                            context.getBean(BotFrameworkHttpAdapter.class),
                                            request.body(String.class)))
                                .build()))
            .run(
                all.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
    return new BenchBot(connector, app);
  }

  private static String freshFolder() {
    try {
      Files.createDirectories(Path.of("target/benchmarks"));
      return Files.createTempDirectory(Path.of("target/benchmarks"), "db-")
          .toAbsolutePath()
          .toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  JdbcTemplate jdbc() {
    return app.getBean(JdbcTemplate.class);
  }

  int post(JsonNode activity) {
    return send(activity).statusCode();
  }

  /** Posts an invoke and returns the body the bot answered it with. */
  JsonNode invoke(JsonNode activity) {
    return json(send(activity).body());
  }

  private HttpResponse<String> send(JsonNode activity) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri("/api/messages"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Installs the bot in the group's team; {@code chair} installs it and so chairs the group. */
  void install(String chair) {
    post(activities.installInTeam(chair));
  }

  /** Raises an issue through the 1:1 dialog and returns its reference, once its card is posted. */
  String raise(String user, String title) {
    say(activities.personalMessage(user, user, "raise"));
    List<FakeBotConnector.Sent> replies = say(activities.personalMessage(user, user, title));
    for (String answer : Activities.RAISE_ANSWERS) {
      replies = say(activities.personalMessage(user, user, answer));
    }
    var confirmation = replies.get(replies.size() - 1);
    String draftId =
        confirmation.card().path("actions").path(0).path("data").path("draftId").asText();
    var submit = activities.submitDraft(user, user, draftId);
    post(submit);
    awaitSent(
        s ->
            s.conversationId().equals(Activities.CHANNEL)
                && s.hasCard()
                && cardText(s).contains(title),
        Duration.ofSeconds(60));
    return jdbc()
        .queryForObject("select reference from issue where draft_id = ?", String.class, draftId);
  }

  /** Posts and returns the bot's replies to that activity. */
  List<FakeBotConnector.Sent> say(JsonNode activity) {
    post(activity);
    String id = activity.path("id").asText();
    return connector.sent().stream().filter(s -> id.equals(s.replyToId())).toList();
  }

  FakeBotConnector.Sent lastSent(Predicate<FakeBotConnector.Sent> what) {
    var all = connector.sent().stream().filter(what).toList();
    if (all.isEmpty()) {
      throw new IllegalStateException("Nothing sent that matches");
    }
    return all.get(all.size() - 1);
  }

  FakeBotConnector.Sent awaitSent(Predicate<FakeBotConnector.Sent> what, Duration atMost) {
    long until = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < until) {
      var found = connector.sent().stream().filter(what).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      sleep(Duration.ofMillis(50));
    }
    throw new IllegalStateException("Timed out waiting for the bot to send something");
  }

  static String cardText(FakeBotConnector.Sent sent) {
    return CardText.of(sent.card());
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
