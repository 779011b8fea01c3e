package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.ANY;
import static org.interfacebot.cards.Functions.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;

/** count, join, first, last, contains, concat, createArray, min, max. */
final class CollectionFunctions {

  private CollectionFunctions() {}

  static void register(Map<String, Builtin> table) {
    int container = ReturnType.STRING | ReturnType.ARRAY;
    table.put(
        "count",
        Functions.of(
            1, 1, ReturnType.NUMBER, Builtin.strict(CollectionFunctions::count), container));
    table.put(
        "join",
        Functions.of(
            2,
            3,
            ReturnType.STRING,
            Builtin.strict(CollectionFunctions::join),
            ReturnType.ARRAY,
            ReturnType.STRING));
    table.put("first", Functions.of(1, 1, ANY, Builtin.strict((v, a) -> edge(v[0], true))));
    table.put("last", Functions.of(1, 1, ANY, Builtin.strict((v, a) -> edge(v[0], false))));
    table.put(
        "contains",
        Functions.of(2, 2, ReturnType.BOOLEAN, Builtin.strict(CollectionFunctions::contains)));
    table.put(
        "concat",
        Functions.of(
            1,
            MANY,
            ReturnType.STRING | ReturnType.ARRAY,
            Builtin.strict(CollectionFunctions::concat)));
    Functions.alias(table, "&", "concat");
    table.put(
        "createArray",
        Functions.of(
            0,
            MANY,
            ReturnType.ARRAY,
            Builtin.strict(
                (v, a) -> {
                  ArrayNode array = Values.NODES.arrayNode(v.length);
                  for (JsonNode item : v) {
                    array.add(item == null ? Values.nullNode() : item);
                  }
                  return array;
                })));
    table.put("min", extreme(true));
    table.put("max", extreme(false));
    LambdaFunctions.register(table);
  }

  private static JsonNode count(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value == null || !value.isTextual() && !value.isContainerNode() && !value.isNull()) {
      throw new EvaluationError(a[0] + " must be a string, list, map or object.");
    }
    if (value.isNull()) {
      throw new EvaluationError("Cannot convert undefined or null to object");
    }
    return Values.number(value.isTextual() ? value.textValue().length() : value.size());
  }

  private static JsonNode join(JsonNode[] v, Expr[] a) {
    JsonNode list = v[0];
    if (list == null || !list.isArray()) {
      throw new EvaluationError(a[0] + " evaluates to " + list + " which is not a list.");
    }
    if (v.length == 2) {
      return Values.text(joined(list, 0, list.size(), separator(v[1])));
    }
    if (list.size() < 3) {
      return Values.text(joined(list, 0, list.size(), separator(v[2])));
    }
    String head = joined(list, 0, list.size() - 1, separator(v[1]));
    JsonNode last = list.get(list.size() - 1);
    return Values.text(head + separator(v[2]) + Values.toJsString(last));
  }

  private static String separator(JsonNode value) {
    return value == null ? "," : value.isNull() ? "null" : Values.toJsString(value);
  }

  private static String joined(JsonNode list, int from, int to, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        out.append(separator);
      }
      JsonNode item = list.get(i);
      if (!Values.isNullish(item)) {
        out.append(Values.toJsString(item));
      }
    }
    return out.toString();
  }

  private static JsonNode edge(JsonNode value, boolean first) {
    if (value == null) {
      return null;
    }
    if (value.isTextual() && !value.textValue().isEmpty()) {
      String s = value.textValue();
      return Values.text(String.valueOf(s.charAt(first ? 0 : s.length() - 1)));
    }
    if (value.isArray() && value.size() > 0) {
      return value.get(first ? 0 : value.size() - 1);
    }
    return null;
  }

  private static JsonNode contains(JsonNode[] v, Expr[] a) {
    JsonNode container = v[0];
    JsonNode item = v[1];
    if (container != null && container.isTextual() && item != null && item.isTextual()) {
      return Values.bool(container.textValue().contains(item.textValue()));
    }
    if (container != null && container.isArray()) {
      for (JsonNode element : container) {
        if (Values.looselyEqual(element, item)) {
          return Values.bool(true);
        }
      }
      return Values.bool(false);
    }
    if (item != null && item.isTextual()) {
      return Values.bool(Scope.property(container, item.textValue()) != null);
    }
    return Values.bool(false);
  }

  private static JsonNode concat(JsonNode[] v, Expr[] a) {
    JsonNode soFar = v[0];
    for (int i = 1; i < v.length; i++) {
      JsonNode next = v[i];
      boolean firstList = soFar != null && soFar.isArray();
      boolean secondList = next != null && next.isArray();
      if (Values.isNullish(soFar) && Values.isNullish(next)) {
        soFar = null;
      } else if (Values.isNullish(soFar) && secondList) {
        soFar = next;
      } else if (Values.isNullish(next) && firstList) {
        // keeps the list
      } else if (firstList && secondList) {
        ArrayNode both = Values.NODES.arrayNode(soFar.size() + next.size());
        both.addAll((ArrayNode) soFar);
        both.addAll((ArrayNode) next);
        soFar = both;
      } else {
        soFar = Values.text(stringify(soFar) + stringify(next));
      }
    }
    return soFar;
  }

  /** The reference's commonStringify: JSON for containers, minus leading and trailing quotes. */
  static String stringify(JsonNode value) {
    if (Values.isNullish(value)) {
      return "";
    }
    if (value.isContainerNode()) {
      String json = Values.toOutput(value).toString();
      int start = 0;
      int end = json.length();
      while (start < end && (json.charAt(start) == '"' || json.charAt(start) == '\'')) {
        start++;
      }
      while (end > start && (json.charAt(end - 1) == '"' || json.charAt(end - 1) == '\'')) {
        end--;
      }
      return json.substring(start, end);
    }
    return Values.toJsString(value);
  }

  private static Builtin extreme(boolean min) {
    return Functions.of(
        1,
        MANY,
        ReturnType.NUMBER,
        Builtin.strict(
            (v, a) -> {
              double result = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
              for (int i = 0; i < v.length; i++) {
                JsonNode value = v[i];
                if (Values.isNumber(value)) {
                  result = pick(result, value.doubleValue(), min);
                } else if (value != null && value.isArray()) {
                  for (JsonNode item : value) {
                    if (!Values.isNumber(item)) {
                      throw new EvaluationError(item + " is not a number in " + a[i] + ".");
                    }
                    result = pick(result, item.doubleValue(), min);
                  }
                } else {
                  throw new EvaluationError(a[i] + " is neither a list nor a number.");
                }
              }
              return Values.number(result);
            }),
        ReturnType.NUMBER | ReturnType.ARRAY);
  }

  private static double pick(double soFar, double value, boolean min) {
    return min ? Math.min(soFar, value) : Math.max(soFar, value);
  }
}
