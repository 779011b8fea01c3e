package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/** A literal value in an expression. */
final class Constant implements Expr {

  final JsonNode value;

  Constant(JsonNode value) {
    this.value = value;
  }

  @Override
  public JsonNode eval(Scope scope, boolean substitute) {
    return value;
  }

  @Override
  public int returnType() {
    if (value == null || value.isNull() || value.isObject()) {
      return ReturnType.OBJECT;
    }
    if (value.isTextual()) {
      return ReturnType.STRING;
    }
    if (value.isNumber()) {
      return ReturnType.NUMBER;
    }
    if (value.isBoolean()) {
      return ReturnType.BOOLEAN;
    }
    return value.isArray() ? ReturnType.ARRAY : ReturnType.OBJECT;
  }

  boolean isString() {
    return value != null && value.isTextual();
  }

  @Override
  public String toString() {
    if (value == null) {
      return "undefined";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String escaped = value.textValue().replace("\\", "\\\\").replace("'", "\\'");
      return "'" + escaped + "'";
    }
    if (value.isNumber()) {
      return Values.numberToString(value.doubleValue());
    }
    return value.isContainerNode() ? value.toString() : value.asText();
  }
}
