package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Arithmetic and string concatenation: + - * / % ^ and their named aliases. */
final class OperatorFunctions {

  private OperatorFunctions() {}

  static void register(Map<String, Builtin> table) {
    int numberOrString = ReturnType.NUMBER | ReturnType.STRING;
    table.put(
        "+",
        Functions.of(
            2, MANY, numberOrString, Builtin.strict(OperatorFunctions::add), numberOrString));
    table.put("-", numeric((a, b) -> a - b));
    table.put("*", numeric((a, b) -> a * b));
    table.put(
        "/",
        Functions.of(
            2,
            MANY,
            ReturnType.NUMBER,
            Builtin.strict(OperatorFunctions::divide),
            ReturnType.NUMBER));
    table.put(
        "%",
        Functions.of(
            2, 2, ReturnType.NUMBER, Builtin.strict(OperatorFunctions::modulo), ReturnType.NUMBER));
    table.put("^", numeric(Math::pow));
    Functions.alias(table, "add", "+");
    Functions.alias(table, "sub", "-");
    Functions.alias(table, "mul", "*");
    Functions.alias(table, "div", "/");
    Functions.alias(table, "mod", "%");
    Functions.alias(table, "exp", "^");
  }

  private interface DoubleOperator {
    double apply(double a, double b);
  }

  private static Builtin numeric(DoubleOperator operator) {
    return Functions.of(
        2,
        MANY,
        ReturnType.NUMBER,
        Builtin.strict(
            (values, args) -> {
              requireNumbers(values, args);
              double result = values[0].doubleValue();
              for (int i = 1; i < values.length; i++) {
                result = operator.apply(result, values[i].doubleValue());
              }
              return Values.number(result);
            }),
        ReturnType.NUMBER);
  }

  static void requireNumbers(JsonNode[] values, Expr[] args) {
    for (int i = 0; i < values.length; i++) {
      if (!Values.isNumber(values[i])) {
        throw new EvaluationError(args[i] + " is not a number.");
      }
    }
  }

  private static JsonNode add(JsonNode[] values, Expr[] args) {
    for (int i = 0; i < values.length; i++) {
      JsonNode v = values[i];
      if (v != null && !v.isTextual() && !Values.isNumber(v)) {
        throw new EvaluationError(args[i] + " is neither a number nor string");
      }
    }
    JsonNode soFar = values[0];
    for (int i = 1; i < values.length; i++) {
      soFar = addPair(soFar, values[i]);
    }
    return soFar;
  }

  private static JsonNode addPair(JsonNode a, JsonNode b) {
    boolean numbers = Values.isNumber(a) && Values.isNumber(b);
    if (a == null && Values.isNumber(b) || b == null && Values.isNumber(a)) {
      throw new EvaluationError(
          "Operator '+' or add cannot be applied to operands of type 'number' and null object.");
    }
    if (numbers) {
      return Values.number(a.doubleValue() + b.doubleValue());
    }
    String left = a == null ? "" : Values.toJsString(a);
    String right = b == null ? "" : Values.toJsString(b);
    return Values.text(left + right);
  }

  private static JsonNode divide(JsonNode[] values, Expr[] args) {
    requireNumbers(values, args);
    double result = values[0].doubleValue();
    boolean integers = Values.isInteger(values[0]);
    for (int i = 1; i < values.length; i++) {
      if (values[i].doubleValue() == 0) {
        throw new EvaluationError("Cannot divide by 0");
      }
      double quotient = result / values[i].doubleValue();
      boolean bothIntegers = integers && Values.isInteger(values[i]);
      result = bothIntegers ? Math.floor(quotient) : quotient;
      integers = result == Math.rint(result);
    }
    return Values.number(result);
  }

  private static JsonNode modulo(JsonNode[] values, Expr[] args) {
    requireNumbers(values, args);
    if (values[1].doubleValue() == 0) {
      throw new EvaluationError("Cannot mod by 0");
    }
    return Values.number(values[0].doubleValue() % values[1].doubleValue());
  }
}
