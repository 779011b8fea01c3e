package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.ANY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** string, int, float, bool, json, setProperty, formatNumber and formatDateTime. */
final class ConversionFunctions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConversionFunctions() {}

  static void register(Map<String, Builtin> table) {
    int string = ReturnType.STRING;
    int number = ReturnType.NUMBER;
    table.put("string", Functions.of(1, 2, string, Builtin.strict(ConversionFunctions::string)));
    table.put("int", Functions.of(1, 1, number, Builtin.strict(ConversionFunctions::toInt)));
    table.put("float", Functions.of(1, 1, number, Builtin.strict(ConversionFunctions::toFloat)));
    table.put("json", Functions.of(1, 1, ANY, Builtin.strict(ConversionFunctions::json), string));
    table.put(
        "setProperty",
        Functions.of(
            3, 3, ANY, Builtin.strict(ConversionFunctions::setProperty), ANY, string, ANY));
    table.put(
        "formatNumber",
        Functions.of(
            2,
            3,
            string,
            Builtin.strict(ConversionFunctions::formatNumber),
            number,
            number,
            string));
    table.put(
        "formatDateTime",
        Functions.of(1, 3, string, Builtin.strict(DateTimeFormat::formatDateTime), string, string));
  }

  private static JsonNode string(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value != null && value.isTextual()) {
      return value;
    }
    if (Values.isNumber(value)) {
      String plain = Values.numberToString(value.doubleValue());
      int dot = plain.indexOf('.');
      int precision = dot < 0 ? 0 : plain.length() - dot - 1;
      return Values.text(NumberFormat.fixedGrouped(value.doubleValue(), precision));
    }
    return Values.text(CollectionFunctions.stringify(value));
  }

  private static JsonNode toInt(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value != null && value.isTextual()) {
      double parsed = JsParse.parseInt(value.textValue());
      if (Double.isNaN(parsed)) {
        throw new EvaluationError(
            "parameter " + value.textValue() + " is not a valid number string.");
      }
      return Values.number(parsed);
    }
    if (Values.isNumber(value)) {
      return Values.number(JsParse.parseInt(Values.numberToString(value.doubleValue())));
    }
    return null;
  }

  private static JsonNode toFloat(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value != null && value.isTextual()) {
      double parsed = JsParse.parseFloat(value.textValue());
      if (Double.isNaN(parsed)) {
        throw new EvaluationError(
            "parameter " + value.textValue() + " is not a valid number string.");
      }
      return Values.number(parsed);
    }
    return Values.isNumber(value) ? value : null;
  }

  private static JsonNode json(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value == null || !value.isTextual()) {
      throw new EvaluationError(a[0] + " is not a string.");
    }
    try {
      return JSON.readTree(TextFunctions.jsTrim(value.textValue()));
    } catch (JsonProcessingException e) {
      throw new EvaluationError("Unexpected token in JSON: " + e.getOriginalMessage());
    }
  }

  private static JsonNode setProperty(JsonNode[] v, Expr[] a) {
    if (v[0] == null || !v[0].isObject() || v[1] == null || !v[1].isTextual()) {
      throw new EvaluationError(a[0] + " is not an object.");
    }
    ObjectNode copy = ((ObjectNode) v[0]).deepCopy();
    copy.set(v[1].textValue(), v[2] == null ? Values.nullNode() : v[2]);
    return copy;
  }

  private static JsonNode formatNumber(JsonNode[] v, Expr[] a) {
    if (!Values.isNumber(v[0])) {
      throw new EvaluationError("formatNumber first argument " + v[0] + " must be a number");
    }
    if (!Values.isNumber(v[1])) {
      throw new EvaluationError("formatNumber second argument " + v[1] + " must be a number");
    }
    double number = v[0].doubleValue();
    int precision = (int) v[1].doubleValue();
    double scale = Math.pow(10, precision);
    double rounded = Math.floor(number * scale + 0.5) / scale;
    return Values.text(NumberFormat.fixedGrouped(rounded, precision));
  }
}
