package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand malformed and hostile activities: none gets a 5xx (other than the protocol's 501 for
 * an invoke the bot does not implement) or a stack trace, none stores an issue or a vote, and the
 * bot still answers afterwards.
 */
class RobustnessFuzzIT extends BotConversationTest {

  private static final int COUNT = 10_000;
  private static final long SEED = 20261127L;
  private static final int SENDERS = 6;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void tenThousandHostileActivitiesBreakNothing() throws Exception {
    installInTeam();
    var hostile = new HostileActivities(SEED, activities);
    List<byte[]> bodies = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      bodies.add(hostile.next());
    }
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        int n = i;
        sent.add(
            senders.submit(
                () -> {
                  var response = send(bodies.get(n));
                  statuses
                      .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                      .incrementAndGet();
                  String body = response.body() == null ? "" : response.body();
                  // 501 is the Bot Framework's answer to an invoke a bot does not implement.
                  boolean notImplemented = response.statusCode() == 501 && body.isEmpty();
                  if ((response.statusCode() >= 500 && !notImplemented)
                      || body.contains("Exception")
                      || body.contains("\tat ")) {
                    failures.add("#" + n + " (seed " + SEED + "): " + response.statusCode());
                  }
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      senders.shutdown();
    }

    assertThat(failures).as("5xx or stack traces, by status " + new TreeMap<>(statuses)).isEmpty();
    assertThat(count("issue")).isZero();
    assertThat(count("triage_vote")).isZero();
    assertThat(count("issue_support")).isZero();
    connector.clear();
    var replies = say(activities.personalMessage("gp1", "Dr Morag Fraser", "help"));
    assertThat(replies).isNotEmpty();
    System.out.println("Fuzz: " + COUNT + " activities, statuses " + new TreeMap<>(statuses));
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private HttpResponse<String> send(byte[] body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
