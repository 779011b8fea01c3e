package benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.interfacebot.support.Activities;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector;

/**
 * P4: time from {@code java -jar} until the readiness probe answers, and resident memory after
 * 10,000 mixed activities, for Interface Bot and for an empty Spring Boot 4 application with JPA,
 * H2 and Actuator ({@code src/jmh/empty-app}), each started the same way with the same JVM options,
 * in a fresh working folder (so a fresh H2 database).
 *
 * <p>Arguments: the bot's jar, the empty application's jar, starts per application, then any JVM
 * options for both.
 */
public final class StartupMemory {

  private static final int ACTIVITIES = 10_000;
  private static final int USERS = 1000;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    Path botJar = Path.of(args[0]).toAbsolutePath();
    Path emptyJar = Path.of(args[1]).toAbsolutePath();
    int starts = Integer.parseInt(args[2]);
    List<String> jvm = Arrays.asList(args).subList(3, args.length);

    List<Double> botStarts = new ArrayList<>();
    List<Double> emptyStarts = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      for (Path jar : List.of(emptyJar, botJar)) {
        try (var app = App.start(jar, jvm)) {
          (jar == botJar ? botStarts : emptyStarts).add(app.readySeconds);
        }
      }
    }
    List<JsonNode> sent;
    long botRss;
    try (var connector = new FakeBotConnector();
        var app = App.start(botJar, jvm)) {
      sent = mixedLoad(app, connector);
      BenchBot.sleep(Duration.ofSeconds(5));
      botRss = app.rssKib();
      if (jvm.stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
        System.out.println(app.jcmd("VM.native_memory", "summary"));
        System.out.println(app.jcmd("GC.heap_info"));
      }
    }
    long emptyRss;
    try (var app = App.start(emptyJar, jvm)) {
      for (JsonNode activity : sent) {
        app.post(activity);
      }
      BenchBot.sleep(Duration.ofSeconds(5));
      emptyRss = app.rssKib();
    }
    double bot = median(botStarts);
    double empty = median(emptyStarts);
    System.out.println();
    System.out.println("JVM options: " + (jvm.isEmpty() ? "(none)" : String.join(" ", jvm)));
    System.out.println(
        "| application | ready after (median of "
            + starts
            + ") | RSS after "
            + ACTIVITIES
            + " activities |");
    System.out.println("|---|---|---|");
    System.out.printf(
        "| empty Spring Boot 4 + JPA + H2 | %.2f s | %d MiB |%n", empty, emptyRss / 1024);
    System.out.printf("| Interface Bot | %.2f s | %d MiB |%n", bot, botRss / 1024);
    // Each bot start follows an empty-app start: their ratio is the steadier figure on a machine
    // whose speed drifts between starts (docs/benchmarks.md, P4).
    List<Double> pairs = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      pairs.add(botStarts.get(i) / emptyStarts.get(i));
    }
    System.out.printf(
        "Start-up ratio: %.2f× (medians); start by start %.2f× (median of %s)%nall starts: bot %s,"
            + " empty %s%n",
        bot / empty, median(pairs), pairs, botStarts, emptyStarts);
    double[] interval = bootstrapMedianInterval(pairs);
    System.out.printf(
        "start by start, 95 %% interval of the median (10,000 resamples): %.2f×–%.2f×%n",
        interval[0], interval[1]);
  }

  /**
   * Where the median of the start-by-start ratios would lie in 95 % of repeated runs, estimated by
   * resampling the pairs measured (fixed seed, so the same pairs give the same interval): whether a
   * run's ratio is clearly on one side of the goal's 1.5× or only near it.
   */
  static double[] bootstrapMedianInterval(List<Double> values) {
    var random = new Random(1);
    double[] medians = new double[10_000];
    for (int r = 0; r < medians.length; r++) {
      List<Double> sample = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        sample.add(values.get(random.nextInt(values.size())));
      }
      medians[r] = median(sample);
    }
    Arrays.sort(medians);
    return new double[] {medians[250], medians[9_749]};
  }

  /**
   * 10,000 activities in blocks of 20: a whole 1:1 raise (ten messages and the Submit click), six
   * votes on the latest issue, {@code help} and {@code my issues} in 1:1, and {@code meetings} in
   * the channel. Returns every activity sent.
   */
  private static List<JsonNode> mixedLoad(App app, FakeBotConnector connector) {
    var activities = new Activities(connector.serviceUrl());
    List<String> roster = new ArrayList<>(List.of("chair"));
    for (int u = 1; u <= USERS; u++) {
      roster.add("u" + u);
    }
    connector.roster(roster);
    List<JsonNode> sent = new ArrayList<>();
    sent.add(app.post(activities.installInTeam("chair")).activity);
    String reference = null;
    int user = 0;
    while (sent.size() < ACTIVITIES) {
      String reporter = "u" + (++user % USERS + 1);
      var dialog =
          new ArrayList<>(
              List.of("raise", "Discharge letters arrive without a medicines list " + user));
      dialog.addAll(Activities.RAISE_ANSWERS);
      for (String text : dialog) {
        sent.add(app.post(activities.personalMessage(reporter, reporter, text)).activity);
      }
      String draftId =
          connector.sent().stream()
              .filter(s -> s.conversationId().equals(Activities.personalConversation(reporter)))
              .filter(s -> s.hasCard())
              .reduce((a, b) -> b)
              .map(s -> s.card().path("actions").path(0).path("data").path("draftId").asText())
              .orElse("none");
      var submitted = app.post(activities.submitDraft(reporter, reporter, draftId));
      sent.add(submitted.activity);
      String heading =
          CardText.of(BenchBot.json(submitted.body).path("value")).lines().findFirst().orElse("");
      if (heading.startsWith("Raised: ")) {
        reference = heading.substring("Raised: ".length());
      }
      for (int v = 0; v < 6 && reference != null; v++) {
        String voter = "u" + ((user * 6 + v) % USERS + 1);
        sent.add(
            app.post(activities.vote(voter, reference, v % 2 == 0 ? "discuss" : "refer")).activity);
      }
      sent.add(app.post(activities.personalMessage(reporter, reporter, "help")).activity);
      sent.add(app.post(activities.personalMessage(reporter, reporter, "my issues")).activity);
      sent.add(app.post(activities.channelMention(reporter, reporter, "meetings")).activity);
      connector.clear();
    }
    return sent.subList(0, ACTIVITIES);
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** One application started with {@code java -jar} in a fresh folder. */
  private static final class App implements AutoCloseable {
    final Process process;
    final int port;
    final double readySeconds;
    final Path folder;

    private App(Process process, int port, double readySeconds, Path folder) {
      this.process = process;
      this.port = port;
      this.readySeconds = readySeconds;
      this.folder = folder;
    }

    static App start(Path jar, List<String> jvm) throws Exception {
      int port;
      try (var socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path folder = Files.createTempDirectory("p4-");
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(jvm);
      command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve("out.log").toFile())
              .start();
      URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(jar + " stopped; see " + folder.resolve("out.log"));
        }
        try {
          var answer =
              http.send(
                  HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(10);
      }
      return new App(process, port, (System.nanoTime() - start) / 1e9, folder);
    }

    Posted post(JsonNode activity) {
      try {
        var answer =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Posted(activity, answer.body());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    long rssKib() throws IOException {
      try (Stream<String> status = Files.lines(Path.of("/proc/" + process.pid() + "/status"))) {
        return status
            .filter(l -> l.startsWith("VmRSS:"))
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
            .findFirst()
            .orElseThrow();
      }
    }

    /** What {@code jcmd} says about this process, to see where its memory goes. */
    String jcmd(String... command) throws Exception {
      List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(process.pid())));
      line.addAll(List.of(command));
      var jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes());
      jcmd.waitFor();
      return out;
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      process.waitFor();
    }
  }

  private record Posted(JsonNode activity, String body) {}
}
