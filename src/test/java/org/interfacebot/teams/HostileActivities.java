package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.interfacebot.support.Activities;

/**
 * Malformed and hostile request bodies for /api/messages, from a seeded {@link Random} so that a
 * failure can be replayed: wrong types, missing fields, wrong value shapes, huge and deeply nested
 * values, invalid UTF-8, direction overrides, markup, and invokes of every shape.
 */
final class HostileActivities {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> TYPES =
      List.of(
          "message",
          "invoke",
          "conversationUpdate",
          "installationUpdate",
          "messageReaction",
          "messageUpdate",
          "messageDelete",
          "event",
          "typing",
          "endOfConversation",
          "handoff",
          "",
          "MESSAGE",
          "invoke ",
          "trace",
          "command");
  private static final List<String> VERBS =
      List.of(
          "triage.vote",
          "raise.submit",
          "raise.support",
          "raise.edit",
          "raise.cancel",
          "raise.form",
          "",
          "triage.vote\u0000",
          "../../admin");
  private static final List<String> INVOKE_NAMES =
      List.of(
          "adaptiveCard/action",
          "composeExtension/query",
          "task/fetch",
          "task/submit",
          "signin/verifyState",
          "fileConsent/invoke",
          "actionableMessage/executeAction",
          "healthCheck",
          "",
          "adaptiveCard/action/../x");
  private static final List<String> TEXTS =
      List.of(
          "help",
          "raise",
          "my issues",
          "status IF-2026-0001",
          "cancel",
          "back",
          "form",
          "yes",
          "<script>alert(1)</script>",
          "<at>Interface Bot</at> <at>Someone Else</at> status",
          "**bold** _it_ [link](javascript:alert(1)) ![img](http://x/y.png)",
          "\u202Egnissim\u202C \u2066isolate\u2069 \u200Bzero\u200Dwidth",
          "${nosuch} ${$root} {{x}} %s %n \\u0000",
          "'; drop table issue; --",
          "\u0000\u0001\u0007\u001B[31m",
          "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD",
          "\uD800 lone surrogate",
          "raise\r\nINFO fake log line",
          "IF-9999-99999999999999999999",
          "status " + "9".repeat(400));

  private final Random random;
  private final Activities activities;

  HostileActivities(long seed, Activities activities) {
    this.random = new Random(seed);
    this.activities = activities;
  }

  /** The next request body, as bytes (some are not valid UTF-8 or not JSON at all). */
  byte[] next() {
    return switch (random.nextInt(20)) {
      case 0 -> invalidUtf8();
      case 1 -> notJson();
      case 2 -> deeplyNested().getBytes(StandardCharsets.UTF_8);
      default -> mutated().toString().getBytes(StandardCharsets.UTF_8);
    };
  }

  private ObjectNode mutated() {
    ObjectNode a = base();
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(a);
    }
    return a;
  }

  private ObjectNode base() {
    String user = "fuzz-" + random.nextInt(500);
    return switch (random.nextInt(6)) {
      case 0 -> activities.personalMessage(user, "Fuzz", pick(TEXTS));
      case 1 -> activities.channelMention(user, "Fuzz", pick(TEXTS));
      case 2 ->
          activities.invoke(
              Activities.personalConversation(user),
              "personal",
              user,
              "Fuzz",
              pick(VERBS),
              randomData());
      case 3 ->
          activities.invoke(Activities.CHANNEL, "channel", user, "Fuzz", pick(VERBS), randomData());
      case 4 -> activities.personalSubmit(user, "Fuzz", randomData());
      default ->
          random.nextBoolean() ? activities.installInTeam(user) : activities.botAddedToTeam(user);
    };
  }

  private void mutate(ObjectNode a) {
    switch (random.nextInt(14)) {
      case 0 -> a.put("type", pick(TYPES));
      case 1 ->
          a.remove(pick(List.of("from", "recipient", "channelData", "id", "channelId", "text")));
      case 2 -> a.set(pick(List.of("from", "conversation", "recipient")), wrongShape());
      case 3 ->
          a.set(
              pick(List.of("channelData", "entities", "membersAdded", "attachments")),
              wrongShape());
      case 4 -> a.set("value", wrongShape());
      case 5 -> a.put("text", huge());
      case 6 -> objectAt(a, "from").put("name", huge());
      case 7 -> a.set("value", nestedValue(50 + random.nextInt(400)));
      case 8 -> invokeShape(a);
      case 9 -> a.put("text", pick(TEXTS) + " " + pick(TEXTS));
      case 10 -> a.put("timestamp", pick(List.of("yesterday", "9999-99-99", "", "0")));
      case 11 -> objectAt(a, "conversation").put("conversationType", pick(TYPES));
      case 12 -> a.put("textFormat", pick(List.of("xml", "markdown", "\u202E", "")));
      default -> a.put("locale", pick(List.of("xx", "en-GB\u0000", "../../etc", "")));
    }
  }

  private static ObjectNode objectAt(ObjectNode a, String field) {
    return a.get(field) instanceof ObjectNode o ? o : a.putObject(field);
  }

  private void invokeShape(ObjectNode a) {
    a.put("type", "invoke");
    a.put("name", pick(INVOKE_NAMES));
    switch (random.nextInt(5)) {
      case 0 -> a.remove("value");
      case 1 -> a.putObject("value").put("action", "Action.Execute");
      case 2 -> a.putObject("value").putObject("action").put("verb", random.nextInt());
      case 3 -> a.putObject("value").putObject("action").put("verb", pick(VERBS)).put("data", "x");
      default -> a.putObject("value").putObject("action").set("data", wrongShape());
    }
  }

  private JsonNode wrongShape() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.textNode(pick(TEXTS));
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.arrayNode().add(1).add("two").addNull();
      case 3 -> NODES.nullNode();
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.objectNode().put("id", random.nextDouble()).put("name", 7);
      default -> NODES.objectNode();
    };
  }

  private ObjectNode randomData() {
    ObjectNode data = Activities.data();
    String[] keys = {"draftId", "reference", "vote", "answer", "issueId", "field", "value"};
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String key = keys[random.nextInt(keys.length)];
      switch (random.nextInt(4)) {
        case 0 -> data.put(key, pick(TEXTS));
        case 1 -> data.put(key, random.nextInt());
        case 2 -> data.set(key, wrongShape());
        default -> data.put(key, "IF-2026-" + random.nextInt(10_000));
      }
    }
    return data;
  }

  private String huge() {
    // Up to ~200 KB: under the body limit, so the bot itself must cope with it.
    return pick(TEXTS) + "\u202E<b>".repeat(random.nextInt(30_000));
  }

  private JsonNode nestedValue(int depth) {
    ObjectNode root = NODES.objectNode();
    ObjectNode node = root;
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? node.putObject("a") : node.putArray("b").addObject();
    }
    node.put("answer", "deep");
    return root;
  }

  private String deeplyNested() {
    int depth = 500 + random.nextInt(5000);
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    return "{\"type\":\"message\",\"serviceUrl\":\"x\",\"conversation\":{\"id\":\"c\"},\"value\":"
        + open.repeat(depth)
        + "1"
        + close.repeat(depth)
        + "}";
  }

  private byte[] invalidUtf8() {
    byte[] good = activities.personalMessage("fuzz-utf8", "Fuzz", "help ok").toString().getBytes();
    byte[] bad = good.clone();
    int at = indexOf(good, "help ok".getBytes());
    byte[][] sequences = {
      {(byte) 0xC3, (byte) 0x28},
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xF0, (byte) 0x28, (byte) 0x8C},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
    };
    byte[] seq = sequences[random.nextInt(sequences.length)];
    System.arraycopy(seq, 0, bad, at, seq.length);
    return bad;
  }

  private byte[] notJson() {
    String[] bodies = {
      "",
      "null",
      "[]",
      "\"message\"",
      "{",
      "{\"type\":",
      "{\"type\":null}",
      "{\"type\":[]}",
      "<activity type='message'/>",
      "type=message&text=help",
      "{\"type\":\"message\"}{\"type\":1}",
      "{\"type\":\"message\",\"type\":\"invoke\"}",
      "\uFEFF{\"type\":\"message\"}"
    };
    return bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("template changed");
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
