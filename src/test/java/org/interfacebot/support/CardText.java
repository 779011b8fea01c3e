package org.interfacebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects what a person reads on a card: text blocks, facts and button titles. */
public final class CardText {

  private CardText() {}

  /** A card's text; for a message answer to a card action (a refusal), the message itself. */
  public static String of(JsonNode card) {
    if (card.isTextual()) {
      return card.asText();
    }
    List<String> out = new ArrayList<>();
    collect(card, out);
    return String.join("\n", out);
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isObject()) {
      String type = node.path("type").asText("");
      if (type.equals("TextBlock")) {
        out.add(node.path("text").asText());
      }
      if (node.has("title") && node.has("value") && !node.has("type")) {
        out.add(node.path("title").asText() + ": " + node.path("value").asText());
      }
      if (type.startsWith("Input.") && node.has("label")) {
        out.add(node.path("label").asText());
      }
      if (type.startsWith("Action.")) {
        out.add("[" + node.path("title").asText() + "]");
      }
      node.elements().forEachRemaining(child -> collect(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    }
  }
}
