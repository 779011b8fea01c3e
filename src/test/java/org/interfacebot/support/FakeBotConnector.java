package org.interfacebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake Bot Connector: answers what Teams' connector answers and records every activity the bot
 * sends, so tests can assert what a user would see.
 */
public final class FakeBotConnector implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final FaultCatchingDispatcher dispatcher = new FaultCatchingDispatcher(this::answer);
  private final AtomicInteger ids = new AtomicInteger();
  private final FakeTeamRoster team = new FakeTeamRoster();
  private final AtomicInteger refuseNext = new AtomicInteger();
  private volatile int refusedWith = 429;
  private volatile Health health = Health.UP;
  private final AtomicInteger hung = new AtomicInteger();
  private volatile boolean teamsLimits;
  private volatile TeamsRateLimits accepted = new TeamsRateLimits();
  private final AtomicInteger limited = new AtomicInteger();
  private final HeldConversations held = new HeldConversations();
  private final Map<String, Integer> refusing = new ConcurrentHashMap<>();

  /** How the connector answers the bot's sends and updates. */
  public enum Health {
    UP,
    /** 503 Service Unavailable, at once. */
    DOWN,
    /** Takes the request and answers nothing until the health changes, then 503. */
    HANGING,
    /** Holds each send and update for {@link #SLOW_FOR}, then answers it as when up. */
    SLOW
  }

  /** How long a send or update is held while {@link Health#SLOW}. */
  public static final java.time.Duration SLOW_FOR = java.time.Duration.ofSeconds(4);

  public void health(Health health) {
    this.health = health;
  }

  /** One conversation answers 503 until {@link #up(String)}: a delivery fails part of the way. */
  public void down(String conversationId) {
    refuse(conversationId, 503);
  }

  /** Sends and updates to one conversation answer {@code status}: 403 blocked, 429 throttled. */
  public void refuse(String conversationId, int status) {
    refusing.put(conversationId, status);
  }

  public void up(String conversationId) {
    refusing.remove(conversationId);
  }

  /** Every conversation up again (the overall {@link #health(Health)} is separate). */
  public void upEverywhere() {
    refusing.clear();
    held.releaseAll();
  }

  /** Conversations whose sends and updates wait, unanswered, until released. */
  public HeldConversations held() {
    return held;
  }

  /** Requests taken while {@link Health#HANGING} or {@link Health#SLOW}. */
  public int hung() {
    return hung.get();
  }

  /** The team's members that GET pagedmembers returns: test user ids such as "gp1", "member7". */
  public void roster(List<String> userIds) {
    team.roster(userIds);
  }

  /**
   * How GET members/{userId} (TeamsInfo.getTeamMember) answers: 200 as the roster says (404 for
   * someone not in it), or this status for everyone, e.g. 500 for Teams unreachable.
   */
  public void memberLookupsAnswer(int status) {
    team.lookupsAnswer(status);
  }

  /** Requests for one member (GET members/{userId}) since the last {@link #clear()}. */
  public int memberLookups() {
    return team.lookups();
  }

  public static List<String> defaultRoster() {
    return FakeTeamRoster.defaultRoster();
  }

  /**
   * Enforces Teams' per-conversation limits on sends and updates (7 a second, 60 in 30 seconds),
   * answering 429 with {@code Retry-After: 1} beyond them, as Teams does. Off by default.
   */
  public void teamsLimits(boolean on) {
    this.teamsLimits = on;
    accepted = new TeamsRateLimits();
    limited.set(0);
  }

  /** Sends and updates answered 429: by {@link #teamsLimits}, or refused (Retry-After: 30). */
  public int limited() {
    return limited.get();
  }

  /** The next {@code count} sends and updates: {@code status}, {@code Retry-After: 1} (429). */
  public void refuseNext(int count, int status) {
    refusedWith = status;
    refuseNext.set(count);
  }

  public FakeBotConnector() {
    server.setDispatcher(dispatcher);
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The serviceUrl to put in activities, ending with a slash as Teams' do. */
  public String serviceUrl() {
    return server.url("/").toString();
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** Faults of this fake itself since the last call (each answered 500), then forgotten. */
  public List<RuntimeException> takeFailures() {
    return dispatcher.take();
  }

  public void clear() {
    sent.clear();
    authorizations.clear();
    team.clearLookups();
  }

  /** The Authorization header of each request since the last {@link #clear()} ("" if none). */
  public List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private MockResponse answer(RecordedRequest request) {
    String authorization = request.getHeader("Authorization");
    authorizations.add(authorization == null ? "" : authorization);
    String path = URLDecoder.decode(request.getPath(), StandardCharsets.UTF_8);
    JsonNode body;
    try {
      String text = request.getBody().readUtf8();
      body = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      return new MockResponse().setResponseCode(400);
    }
    var parts = path.split("\\?")[0].split("/");
    if (parts.length >= 5 && parts[4].equals("pagedmembers")) {
      return json(team.pagedMembers());
    }
    // GET /v3/conversations/{teamId}/members/{userId}
    if (parts.length == 6 && parts[4].equals("members") && request.getMethod().equals("GET")) {
      return team.member(parts[5]);
    }
    if (parts.length == 3
        && parts[2].equals("conversations")
        && request.getMethod().equals("POST")) {
      String member = body.path("members").path(0).path("id").asText();
      return json("{\"id\":\"a:personal-" + member.replace("29:", "") + "\"}");
    }
    boolean activities = parts.length >= 5 && parts[4].equals("activities");
    Health now = health;
    if (activities && now == Health.SLOW) {
      hold(Health.SLOW, SLOW_FOR);
    } else if (activities && now != Health.UP) {
      return unavailable().setBody("Could not deliver: " + body); // as a proxy's error page may
    }
    if (activities) {
      held.awaitRelease(parts[3]);
      // Read once: a test may bring the conversation back up between a look and a second read.
      Integer refused = refusing.get(parts[3]);
      if (refused != null) {
        limited.addAndGet(refused == 429 ? 1 : 0);
        var refusal = new MockResponse().setResponseCode(refused);
        return refused == 429 ? refusal.setHeader("Retry-After", "30") : refusal;
      }
    }
    if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return new MockResponse().setResponseCode(refusedWith).setHeader("Retry-After", "1");
    }
    // /v3/conversations/{conversationId}/activities[/{activityId}]
    if (activities && parts[2].equals("conversations")) {
      String conversationId = parts[3];
      if (teamsLimits && accepted.over(conversationId)) {
        limited.incrementAndGet();
        return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1");
      }
      boolean update = request.getMethod().equals("PUT");
      String target = parts.length > 5 ? parts[5] : null;
      String activityId = update ? target : "activity-" + ids.incrementAndGet();
      sent.add(
          new Sent(
              request.getMethod(),
              conversationId,
              activityId,
              update ? null : target,
              body,
              System.nanoTime()));
      return json("{\"id\":\"" + activityId + "\"}");
    }
    return new MockResponse().setResponseCode(404);
  }

  /** Holds a request while the health stays {@code holding}, at most {@code max}. */
  private void hold(Health holding, java.time.Duration max) {
    hung.incrementAndGet();
    long until = System.nanoTime() + max.toNanos();
    while (health == holding && System.nanoTime() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private MockResponse unavailable() {
    if (health == Health.HANGING) {
      hold(Health.HANGING, java.time.Duration.ofMinutes(2));
    }
    return new MockResponse().setResponseCode(503);
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** Stops the fake; fails if it broke on a request that no test has looked at (takeFailures). */
  @Override
  public void close() throws IOException {
    server.shutdown();
    List<RuntimeException> faults = takeFailures();
    if (!faults.isEmpty()) {
      var failure = new AssertionError("the fake connector itself failed " + faults.size() + "×");
      faults.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /** One activity the bot sent (POST) or updated (PUT), and when (System.nanoTime()). */
  public record Sent(
      String method,
      String conversationId,
      String activityId,
      String replyToId,
      JsonNode activity,
      long atNanos) {

    public String text() {
      return activity.path("text").asText("");
    }

    /** The first Adaptive Card attached, or a missing node. */
    public JsonNode card() {
      return activity.path("attachments").path(0).path("content");
    }

    public boolean hasCard() {
      return !card().isMissingNode();
    }

    /** All the text a person would read on the card, joined. */
    public String cardText() {
      return CardText.of(card());
    }
  }
}
