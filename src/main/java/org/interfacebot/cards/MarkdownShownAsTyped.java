package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.chat.AsTyped;

/**
 * The texts of an expanded card that Teams renders as markdown (text blocks and facts) shown as
 * typed ({@link AsTyped}): a title, comment or reason bound into a card cannot become a link to an
 * address nobody sees. Inputs keep the value they were given, and actions the data they send back,
 * so a form filled in again submits the text exactly as it was kept.
 */
final class MarkdownShownAsTyped {

  private MarkdownShownAsTyped() {}

  static JsonNode in(JsonNode card) {
    visit(card);
    return card;
  }

  private static void visit(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("type").asText("").startsWith("Input.")) {
        return;
      }
      object
          .properties()
          .forEach(
              field -> {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.equals("text") && value.isTextual()) {
                  object.put(name, AsTyped.shown(value.textValue()));
                } else if (name.equals("facts") && value.isArray()) {
                  value.forEach(MarkdownShownAsTyped::fact);
                } else if (!name.equals("data")) {
                  visit(value);
                }
              });
    } else if (node != null && node.isArray()) {
      node.forEach(MarkdownShownAsTyped::visit);
    }
  }

  private static void fact(JsonNode fact) {
    if (fact instanceof ObjectNode object) {
      for (String name : new String[] {"title", "value"}) {
        if (object.path(name).isTextual()) {
          object.put(name, AsTyped.shown(object.path(name).textValue()));
        }
      }
    }
  }
}
