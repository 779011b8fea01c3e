package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** An array: null items are removed, array items (repeated elements) are spliced in. */
record ArrayTemplate(TemplateNode[] items) implements TemplateNode {

  @Override
  public JsonNode expand(Scope scope) {
    ArrayNode result = Values.NODES.arrayNode(items.length);
    for (TemplateNode item : items) {
      JsonNode value = item.expand(scope);
      if (value == null) {
        result.addNull();
      } else if (value.isArray()) {
        result.addAll((ArrayNode) value);
      } else if (!value.isNull()) {
        result.add(value);
      }
    }
    return result;
  }
}
