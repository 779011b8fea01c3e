package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An object, with its {@code $data} (scope, or repetition over an array) and {@code $when} (kept
 * only when the expression yields boolean true).
 */
record ObjectTemplate(String[] keys, TemplateNode[] values, TemplateNode data, TemplateNode when)
    implements TemplateNode {

  @Override
  public JsonNode expand(Scope scope) {
    if (data == null) {
      return expandOne(scope);
    }
    JsonNode context = data.expand(scope);
    if (context == null) {
      return expandOne(scope);
    }
    if (!context.isArray()) {
      return expandOne(scope.withData(context, scope.index));
    }
    ArrayNode repeated = Values.NODES.arrayNode(context.size());
    for (int i = 0; i < context.size(); i++) {
      JsonNode expanded = expandOne(scope.withData(context.get(i), Values.number(i)));
      if (!expanded.isNull()) {
        repeated.add(expanded);
      }
    }
    if (repeated.size() == 0) {
      return Values.nullNode();
    }
    return repeated.size() == 1 ? repeated.get(0) : repeated;
  }

  private JsonNode expandOne(Scope scope) {
    if (when != null && !isTrue(scope)) {
      return Values.nullNode();
    }
    ObjectNode result = Values.NODES.objectNode();
    for (int i = 0; i < keys.length; i++) {
      JsonNode value = values[i].expand(scope);
      if (value != null) {
        result.set(keys[i], value);
      }
    }
    return result;
  }

  private boolean isTrue(Scope scope) {
    if (when instanceof TemplateNode.WholeBinding binding) {
      try {
        JsonNode value = binding.expr().eval(scope, false);
        return value != null && value.isBoolean() && value.booleanValue();
      } catch (EvaluationError e) {
        return false;
      }
    }
    if (when instanceof TemplateNode.Literal literal) {
      return Values.isFalsy(literal.value()) && !literal.value().isContainerNode();
    }
    return false;
  }
}
