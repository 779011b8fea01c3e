package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code instance[index]} at the top of an expression: adaptive-expressions' Element. */
final class ElementAccess implements Expr {

  private final Expr instance;
  private final Expr index;

  ElementAccess(Expr instance, Expr index) {
    this.instance = instance;
    this.index = index;
  }

  Expr instance() {
    return instance;
  }

  Expr index() {
    return index;
  }

  @Override
  public JsonNode eval(Scope scope, boolean substitute) {
    JsonNode target = instance.eval(scope, substitute);
    JsonNode key = index.eval(scope, false);
    if (Values.isInteger(key)) {
      if (target == null || target.isNull()) {
        return null;
      }
      if (!target.isArray()) {
        throw new EvaluationError(target + " is not a collection.");
      }
      double i = key.doubleValue();
      if (i < 0 || i >= target.size()) {
        throw new EvaluationError(i + " is out of range");
      }
      return target.get((int) i);
    }
    if (key != null && key.isTextual()) {
      return Scope.property(target, key.textValue());
    }
    throw new EvaluationError("Could not coerce " + index + " to an int or string.");
  }

  @Override
  public String toString() {
    return instance + "[" + index + "]";
  }
}
