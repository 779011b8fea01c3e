package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Reads an activity from a request body; anything that is not one gives null. What Teams always
 * sends must be there in the shape Teams sends it, because the SDK throws on anything else.
 */
final class ActivityJson {

  /** Teams' ids are well under this; longer ones do not fit where we keep them. */
  private static final int MAX_ID = 255;

  /** Teams' display names are shorter; we keep at most this many characters of one. */
  private static final int MAX_NAME = 255;

  private ActivityJson() {}

  /**
   * Reads back what the bot itself stored with the SDK's serialisation (a conversation reference, a
   * held reply): unreadable means the stored row is broken, so it throws.
   */
  static <T> T stored(String json, Class<T> type) {
    try {
      return Serialization.treeToValue(Serialization.jsonToTree(json), type);
    } catch (IOException unreadable) {
      throw new IllegalStateException(
          "A stored " + type.getSimpleName() + " is not valid JSON", unreadable);
    }
  }

  static Activity read(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode tree = Serialization.jsonToTree(body);
      if (!(tree instanceof ObjectNode activity) || !wellFormed(activity)) {
        return null;
      }
      tidy(activity);
      return Serialization.treeToValue(activity, Activity.class);
    } catch (IOException | RuntimeException notAnActivity) {
      return null;
    }
  }

  private static boolean wellFormed(ObjectNode a) {
    return !a.path("type").asText("").isBlank()
        && a.path("serviceUrl").isTextual()
        && !a.path("channelId").asText("").isBlank()
        && account(a.get("conversation"), true)
        && account(a.get("recipient"), true)
        && account(a.get("from"), false)
        && objectOrAbsent(a.get("channelData"))
        && arrayOrAbsent(a.get("entities"))
        && arrayOrAbsent(a.get("attachments"))
        && accounts(a.get("membersAdded"))
        && accounts(a.get("membersRemoved"));
  }

  /** An object with a textual id of a sane length; absent only when not required. */
  private static boolean account(JsonNode node, boolean required) {
    if (node == null || node.isNull()) {
      return !required;
    }
    JsonNode id = node.path("id");
    return node.isObject() && id.isTextual() && id.asText().length() <= MAX_ID;
  }

  private static boolean accounts(JsonNode node) {
    if (node == null || node.isNull()) {
      return true;
    }
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode member : node) {
      if (!account(member, true)) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectOrAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isObject();
  }

  private static boolean arrayOrAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isArray();
  }

  /** Drops what the SDK would throw on and Teams never sends: odd locales, very long names. */
  private static void tidy(ObjectNode a) {
    if (a.has("locale") && !wellFormedLocale(a.path("locale"))) {
      a.remove("locale");
    }
    for (String field : List.of("from", "recipient", "conversation")) {
      if (a.get(field) instanceof ObjectNode account && account.path("name").isTextual()) {
        String name = account.path("name").asText();
        if (name.length() > MAX_NAME) {
          account.put("name", name.substring(0, MAX_NAME));
        }
      }
    }
  }

  private static boolean wellFormedLocale(JsonNode locale) {
    if (!locale.isTextual()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(locale.asText());
      return true;
    } catch (IllformedLocaleException notATag) {
      return false;
    }
  }
}
