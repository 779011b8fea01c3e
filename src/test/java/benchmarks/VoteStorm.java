package benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector;

/**
 * P3: 500 distinct members vote on one triage card within 30 seconds while the fake connector
 * enforces Teams' per-conversation limits (7 a second, 60 in 30 seconds; 429 with Retry-After
 * beyond). Reports votes recorded, whether the final card matches them, the most card updates sent
 * in any one second, and the 429s met and left unhandled.
 */
public final class VoteStorm {

  private static final int VOTERS = 500;

  public static void main(String[] args) throws Exception {
    List<String> roster = new ArrayList<>(List.of("chair", "reporter"));
    for (int i = 1; i <= VOTERS; i++) {
      roster.add("v" + i);
    }
    try (var connector = new FakeBotConnector();
        var bot = BenchBot.start(connector, Map.of())) {
      connector.roster(roster);
      bot.install("chair");
      String reference = bot.raise("reporter", "Discharge letters arrive without a medicines list");
      var posted =
          bot.lastSent(
              s ->
                  s.method().equals("POST")
                      && s.conversationId().equals(Activities.CHANNEL)
                      && s.hasCard()
                      && BenchBot.cardText(s).contains(reference));
      connector.teamsLimits(true);

      var pool = Executors.newScheduledThreadPool(32);
      List<ScheduledFuture<Integer>> votes = new ArrayList<>();
      long spacing = TimeUnit.SECONDS.toMicros(28) / VOTERS;
      long start = System.nanoTime();
      for (int i = 0; i < VOTERS; i++) {
        String voter = "v" + (i + 1);
        String choice = i < 250 ? "discuss" : i < 400 ? "refer" : "decline";
        votes.add(
            pool.schedule(
                () -> bot.post(bot.activities.vote(voter, reference, choice)),
                i * spacing,
                TimeUnit.MICROSECONDS));
      }
      int failed = 0;
      for (var vote : votes) {
        failed += vote.get() == 200 ? 0 : 1;
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();

      try {
        bot.awaitSent(
            s ->
                s.method().equals("PUT")
                    && s.activityId().equals(posted.activityId())
                    && (BenchBot.cardText(s).contains("Votes so far: " + VOTERS)
                        || BenchBot.cardText(s).contains("Votes cast: " + VOTERS)),
            Duration.ofSeconds(90));
      } catch (IllegalStateException notSeen) {
        System.out.println("The card never showed all " + VOTERS + " votes within 90 s");
      }
      BenchBot.sleep(Duration.ofSeconds(5)); // anything still on its way
      var updates =
          connector.sent().stream()
              .filter(s -> s.method().equals("PUT") && s.activityId().equals(posted.activityId()))
              .toList();
      String last = BenchBot.cardText(updates.get(updates.size() - 1));
      boolean exact =
          last.contains("Votes so far: " + VOTERS) || last.contains("Votes cast: " + VOTERS);
      int busiestSecond = 0;
      for (var u : updates) {
        int inSecond =
            (int)
                updates.stream()
                    .filter(o -> o.atNanos() >= u.atNanos() && o.atNanos() - u.atNanos() < 1e9)
                    .count();
        busiestSecond = Math.max(busiestSecond, inSecond);
      }
      var tallies =
          bot.jdbc()
              .queryForList(
                  "select v.choice, count(*) n from triage_vote v join issue i on i.id ="
                      + " v.issue_id where i.reference = ? group by v.choice order by 1",
                  reference);
      Integer unfinished =
          bot.jdbc()
              .queryForObject(
                  "select count(*) from event_publication where completion_date is null",
                  Integer.class);
      Integer stale =
          bot.jdbc().queryForObject("select count(*) from posted_card where stale", Integer.class);

      System.out.println();
      System.out.printf(
          "Votes sent: %d in %.1f s (%d not answered 200)%n", VOTERS, sendSeconds, failed);
      System.out.println(
          "Votes recorded (expected DECLINE 100, DISCUSS 250, REFER 150): " + tallies);
      System.out.println("Final card shows all " + VOTERS + " votes: " + exact);
      System.out.println(
          "Card updates sent: " + updates.size() + "; most in any 1 s: " + busiestSecond);
      System.out.println("429s answered by the connector: " + connector.limited());
      System.out.println(
          "Left unhandled: " + unfinished + " undelivered events, " + stale + " stale cards");
    }
  }
}
