package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;

/** Reads an activity from a request body; anything that is not one gives null. */
final class ActivityJson {

  private ActivityJson() {}

  static Activity read(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode tree = Serialization.jsonToTree(body);
      if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
        return null;
      }
      return Serialization.treeToValue(tree, Activity.class);
    } catch (IOException | RuntimeException notAnActivity) {
      return null;
    }
  }
}
