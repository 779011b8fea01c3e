package benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interfacebot.support.FakeBotConnector;

/**
 * P2: Action.Execute votes posted to {@code /api/messages} against an empty Spring MVC POST
 * endpoint of the same application, both driven by wrk at the same concurrency (32 connections, 2
 * threads) with the same request bodies. 500 members vote and change their votes, so every request
 * records a vote and answers with the voter's own card. A third endpoint is the floor: the same
 * activity through the Bot Framework SDK alone ({@link SdkOnly}). Prints a Markdown table row per
 * endpoint.
 *
 * <p>Run with {@code src/jmh/load-benchmarks.sh}; needs {@code wrk} on the PATH.
 */
public final class VoteThroughput {

  private static final int MEMBERS = 500;

  public static void main(String[] args) throws Exception {
    String duration = args.length > 0 ? args[0] : "30s";
    List<String> roster = new ArrayList<>(List.of("chair", "reporter"));
    for (int i = 1; i <= MEMBERS; i++) {
      roster.add("m" + i);
    }
    try (var connector = new FakeBotConnector();
        // Each of the 500 members sends several votes a second here, far above the per-person
        // limit a real clinician needs; the limit itself is measured in RateLimitIT.
        var bot =
            BenchBot.start(
                connector, Map.of("interface-bot.limits.messages-per-period", "1000000"))) {
      connector.roster(roster);
      bot.install("chair");
      String reference = bot.raise("reporter", "Discharge letters arrive without a medicines list");
      Path lua = writeScript(bot, reference);
      // The SDK-only floor answers with the card a real vote is answered with.
      SdkOnly.card = bot.invoke(vote(bot, reference, "m1", "discuss", "first")).path("value");

      List<String> rows = new ArrayList<>();
      List<Double> rates = new ArrayList<>();
      long votesAnswered = 1; // the first vote above
      for (String[] target :
          List.of(
              new String[] {"empty Spring MVC POST endpoint", BenchBot.EMPTY_ENDPOINT},
              new String[] {
                "the same invoke through the Bot Framework SDK only", BenchBot.SDK_ONLY_ENDPOINT
              },
              new String[] {"vote (Action.Execute) at /api/messages", "/api/messages"})) {
        String url = bot.uri(target[1]).toString();
        // Each wrk run numbers its activities afresh: a run label keeps every id new, so that no
        // request is a repeat the bot answers without voting (InboundActivities).
        String warmUp = wrk(lua, url, "10s", target[1] + "-warm-up");
        String out = wrk(lua, url, duration, target[1] + "-measured");
        if (target[1].equals("/api/messages")) {
          votesAnswered += answered(warmUp) + answered(out);
        }
        rows.add(row(target[0], out));
        rates.add(Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)", "0")));
      }
      Integer voters =
          bot.jdbc()
              .queryForObject("select count(distinct voter_key) from triage_vote", Integer.class);
      System.out.println();
      System.out.println("| endpoint | requests/s | p50 | p99 | non-2xx |");
      System.out.println("|---|---|---|---|---|");
      rows.forEach(System.out::println);
      System.out.println();
      System.out.printf(
          "SDK only / empty: %.1f %%; vote / empty: %.1f %% (goal 50 %%); vote / SDK only: %.1f %%%n",
          100 * rates.get(1) / rates.get(0),
          100 * rates.get(2) / rates.get(0),
          100 * rates.get(2) / rates.get(1));
      System.out.println("Distinct voters recorded: " + voters + " of " + MEMBERS);
      // Every vote answered must have been a vote: each writes one audit entry.
      Long recorded =
          bot.jdbc()
              .queryForObject(
                  "select count(*) from audit_entry where action in ('VOTE_CAST', 'VOTE_CHANGED')",
                  Long.class);
      System.out.println(
          "Votes answered: " + votesAnswered + "; votes recorded in the audit trail: " + recorded);
      if (recorded == null || recorded < votesAnswered) {
        // Some answers were not votes (repeats, refusals): the vote row above measures them too.
        throw new IllegalStateException("Fewer votes recorded than answered: the run is not valid");
      }
    }
  }

  private static Path writeScript(BenchBot bot, String reference) throws IOException {
    var vote = vote(bot, reference, "__MEMBER__", "__CHOICE__", "__ID__");
    Path dir = Files.createDirectories(Path.of("target/benchmarks"));
    Path body = dir.resolve("vote.json");
    Files.writeString(body, vote.toString());
    Path lua = dir.resolve("vote.lua");
    Files.writeString(
        lua,
        """
        -- One vote a request: member, choice and activity id vary, so each is new work. The
        -- activity id includes the run's label (the script's argument): ids never repeat.
        local threads = {}
        function setup(thread)
          table.insert(threads, thread)
          thread:set("tid", #threads)
        end
        local counter = 0
        local template
        local run
        function init(args)
          run = args[1]
          local f = io.open("%s", "r")
          template = f:read("*a")
          f:close()
        end
        function request()
          counter = counter + 1
          local member = "m" .. ((counter * 7 + tid) %% %d + 1)
          local choice = (counter %% 3 == 0) and "refer" or "discuss"
          local body = template:gsub("__MEMBER__", member)
          body = body:gsub("__CHOICE__", choice)
          body = body:gsub("__ID__", "bench-" .. run .. "-" .. tid .. "-" .. counter)
          return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
        end
        """
            .formatted(body.toAbsolutePath(), MEMBERS));
    return lua;
  }

  private static ObjectNode vote(
      BenchBot bot, String reference, String member, String choice, String id) {
    var vote = bot.activities.vote(member, reference, choice);
    vote.put("id", id);
    return vote;
  }

  private static String wrk(Path lua, String url, String duration, String run) throws Exception {
    var process =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c32",
                "-d" + duration,
                "--latency",
                "-s",
                lua.toString(),
                url,
                "--",
                run)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    return out;
  }

  /** How many requests wrk had answered in a run. */
  private static long answered(String wrk) {
    return Long.parseLong(find(wrk, "(\\d+) requests in", "0"));
  }

  private static String row(String name, String wrk) {
    return "| %s | %s | %s | %s | %s |"
        .formatted(
            name,
            find(wrk, "Requests/sec:\\s+([\\d.]+)"),
            find(wrk, "\\s50%\\s+(\\S+)"),
            find(wrk, "\\s99%\\s+(\\S+)"),
            find(wrk, "Non-2xx or 3xx responses:\\s+(\\d+)", "0"));
  }

  private static String find(String text, String regex) {
    return find(text, regex, "?");
  }

  private static String find(String text, String regex, String otherwise) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : otherwise;
  }
}
