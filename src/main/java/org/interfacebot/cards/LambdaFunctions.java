package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** where, select and foreach: a lambda evaluated with its variable bound to each item. */
final class LambdaFunctions {

  private LambdaFunctions() {}

  static void register(Map<String, Builtin> table) {
    table.put("where", Functions.of(3, 3, ANY, LambdaFunctions::where));
    table.put("select", Functions.of(3, 3, ReturnType.ARRAY, LambdaFunctions::select));
    Functions.alias(table, "foreach", "select");
  }

  private static String variable(Expr[] args) {
    String name = args[1] instanceof PathAccess path ? path.bareName() : null;
    if (name == null) {
      throw new EvaluationError("Second parameter is not an identifier : " + args[1]);
    }
    return name;
  }

  /** The items a lambda runs over: an array's elements or an object's {key, value} pairs. */
  private static ArrayNode items(JsonNode instance) {
    if (instance.isArray()) {
      return (ArrayNode) instance;
    }
    ArrayNode pairs = Values.NODES.arrayNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      ObjectNode pair = Values.NODES.objectNode();
      pair.put("key", field.getKey());
      pair.set("value", field.getValue());
      pairs.add(pair);
    }
    return pairs;
  }

  private static JsonNode where(Expr[] args, Scope scope, boolean substitute) {
    JsonNode instance = args[0].eval(scope, substitute);
    if (instance == null || !instance.isContainerNode()) {
      throw new EvaluationError(args[0] + " is not a collection or structure object to run Where");
    }
    String name = variable(args);
    ArrayNode kept = Values.NODES.arrayNode();
    for (JsonNode item : items(instance)) {
      try {
        if (Values.isLogicTrue(args[2].eval(scope.withLocal(name, item), substitute))) {
          kept.add(item);
        }
      } catch (EvaluationError e) {
        // the reference leaves out an item whose condition fails
      }
    }
    if (instance.isArray()) {
      return kept;
    }
    ObjectNode object = Values.NODES.objectNode();
    for (JsonNode pair : kept) {
      object.set(pair.get("key").textValue(), pair.get("value"));
    }
    return object;
  }

  private static JsonNode select(Expr[] args, Scope scope, boolean substitute) {
    JsonNode instance = args[0].eval(scope, substitute);
    if (Values.isFalsy(instance)) {
      throw new EvaluationError("'" + args[0] + "' evaluated to null.");
    }
    if (!instance.isContainerNode()) {
      throw new EvaluationError(
          args[0] + " is not a collection or structure object to run Foreach");
    }
    String name = variable(args);
    ArrayNode result = Values.NODES.arrayNode();
    for (JsonNode item : items(instance)) {
      JsonNode value = args[2].eval(scope.withLocal(name, item), substitute);
      result.add(value == null ? Values.nullNode() : value);
    }
    return result;
  }
}
