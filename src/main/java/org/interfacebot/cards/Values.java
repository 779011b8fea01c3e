package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * JavaScript value semantics over Jackson trees. Java {@code null} stands for JavaScript {@code
 * undefined}; {@link NullNode} for {@code null}. JavaScript has one number type, so integral
 * doubles become integer nodes, as {@code JSON.stringify} would print them.
 */
final class Values {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final TextNode EMPTY = TextNode.valueOf("");

  private Values() {}

  static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
      if (value == 0 && 1 / value < 0) {
        return IntNode.valueOf(0);
      }
      long asLong = (long) value;
      return asLong == (int) asLong ? IntNode.valueOf((int) asLong) : LongNode.valueOf(asLong);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e21) {
      return BigIntegerNode.valueOf(new BigDecimal(numberToString(value)).toBigInteger());
    }
    return DoubleNode.valueOf(value);
  }

  static JsonNode bool(boolean value) {
    return BooleanNode.valueOf(value);
  }

  static JsonNode text(String value) {
    return TextNode.valueOf(value);
  }

  static boolean isNullish(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  static boolean isNumber(JsonNode value) {
    return value != null && value.isNumber() && !Double.isNaN(value.doubleValue());
  }

  static boolean isInteger(JsonNode value) {
    return isNumber(value) && value.doubleValue() == Math.rint(value.doubleValue());
  }

  /** JavaScript {@code !value}. */
  static boolean isFalsy(JsonNode value) {
    if (isNullish(value)) {
      return true;
    }
    if (value.isBoolean()) {
      return !value.booleanValue();
    }
    if (value.isNumber()) {
      double d = value.doubleValue();
      return d == 0 || Double.isNaN(d);
    }
    return value.isTextual() && value.textValue().isEmpty();
  }

  /** adaptive-expressions' {@code isLogicTrue}: booleans as they are, null false, all else true. */
  static boolean isLogicTrue(JsonNode value) {
    if (value != null && value.isBoolean()) {
      return value.booleanValue();
    }
    return !isNullish(value);
  }

  /** JavaScript {@code value.toString()}; throws where JavaScript would on null or undefined. */
  static String toJsString(JsonNode value) {
    if (isNullish(value)) {
      throw new EvaluationError(
          "Cannot read properties of " + (value == null ? "undefined" : "null") + " (toString)");
    }
    return display(value);
  }

  /** The reference's {@code value.toString()} in a string binding: null or undefined throws. */
  static String toJsStringOrThrow(JsonNode value, String source) {
    if (isNullish(value)) {
      throw new TemplateException(
          "cannot expand \""
              + source
              + "\": a binding is "
              + (value == null ? "undefined" : "null"));
    }
    return display(value);
  }

  private static String display(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return numberToString(value.doubleValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          joined.append(',');
        }
        JsonNode item = value.get(i);
        if (!isNullish(item)) {
          joined.append(display(item));
        }
      }
      return joined.toString();
    }
    return "[object Object]";
  }

  /** JavaScript's {@code Number.prototype.toString()}. */
  static String numberToString(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return Math.abs(d) < 9e18
          ? Long.toString((long) d)
          : new BigDecimal(Double.toString(d)).toBigInteger().toString();
    }
    BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = exact.unscaledValue().abs().toString();
    int exponent = digits.length() - exact.scale() - 1;
    String sign = d < 0 ? "-" : "";
    if (exponent >= -7 && exponent < 21) {
      return sign + exact.abs().toPlainString();
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }

  /** A copy fit for the output tree: JavaScript numbers, and never a node shared with the input. */
  static JsonNode toOutput(JsonNode value) {
    if (value == null || value.isValueNode() && !value.isNumber()) {
      return value;
    }
    if (value.isNumber()) {
      if (!Double.isFinite(value.doubleValue())) {
        return NullNode.getInstance();
      }
      return value.isIntegralNumber() && value.canConvertToLong()
          ? number(value.longValue())
          : number(value.doubleValue());
    }
    if (value.isArray()) {
      ArrayNode copy = NODES.arrayNode(value.size());
      for (JsonNode item : value) {
        copy.add(toOutput(item));
      }
      return copy;
    }
    if (value.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), toOutput(field.getValue()));
      }
      return copy;
    }
    return value;
  }

  /** adaptive-expressions' {@code commonEquals}. */
  static boolean looselyEqual(JsonNode a, JsonNode b) {
    if (isNullish(a) || isNullish(b)) {
      return isNullish(a) && isNullish(b);
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!looselyEqual(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      return toOutput(a).equals(toOutput(b));
    }
    if (isNumber(a) && isNumber(b)) {
      return Math.abs(a.doubleValue() - b.doubleValue()) < Math.ulp(1.0);
    }
    if (a.isNumber() && b.isNumber()) {
      return false;
    }
    return a.equals(b);
  }

  static NullNode nullNode() {
    return NullNode.getInstance();
  }
}
