package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.ANY;
import static org.interfacebot.cards.Functions.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * if, and, or, not, the comparisons, exists, empty and ??. Like the reference, these read missing
 * properties as undefined (no substitution), and comparisons that fail are false.
 */
final class LogicFunctions {

  private LogicFunctions() {}

  private interface Comparison {
    boolean test(JsonNode[] values);
  }

  static void register(Map<String, Builtin> table) {
    table.put("if", Functions.of(3, 3, ANY, LogicFunctions::conditional));
    table.put("&&", Functions.of(1, MANY, ReturnType.BOOLEAN, LogicFunctions::and));
    table.put("||", Functions.of(1, MANY, ReturnType.BOOLEAN, LogicFunctions::or));
    table.put("!", Functions.of(1, 1, ReturnType.BOOLEAN, LogicFunctions::not));
    table.put("==", comparison(2, v -> Values.looselyEqual(v[0], v[1]), false));
    table.put("!=", comparison(2, v -> !Values.looselyEqual(v[0], v[1]), false));
    table.put("<", comparison(2, v -> order(v) < 0, true));
    table.put("<=", comparison(2, v -> order(v) <= 0, true));
    table.put(">", comparison(2, v -> order(v) > 0, true));
    table.put(">=", comparison(2, v -> order(v) >= 0, true));
    table.put("exists", comparison(1, v -> !Values.isNullish(v[0]), false));
    table.put("empty", comparison(1, v -> isEmpty(v[0]), false));
    table.put("??", Functions.of(1, MANY, ANY, Builtin.strict(LogicFunctions::coalesce)));
    Functions.alias(table, "and", "&&");
    Functions.alias(table, "or", "||");
    Functions.alias(table, "not", "!");
    Functions.alias(table, "equals", "==");
    Functions.alias(table, "greater", ">");
    Functions.alias(table, "greaterOrEquals", ">=");
    Functions.alias(table, "less", "<");
    Functions.alias(table, "lessOrEquals", "<=");
    Functions.alias(table, "coalesce", "??");
  }

  private static JsonNode conditional(Expr[] args, Scope scope, boolean substitute) {
    boolean condition;
    try {
      condition = Values.isLogicTrue(args[0].eval(scope, false));
    } catch (EvaluationError e) {
      condition = false;
    }
    return args[condition ? 1 : 2].eval(scope, substitute);
  }

  private static JsonNode and(Expr[] args, Scope scope, boolean substitute) {
    for (Expr arg : args) {
      try {
        if (!Values.isLogicTrue(arg.eval(scope, false))) {
          return Values.bool(false);
        }
      } catch (EvaluationError e) {
        return Values.bool(false);
      }
    }
    return Values.bool(true);
  }

  private static JsonNode or(Expr[] args, Scope scope, boolean substitute) {
    for (Expr arg : args) {
      try {
        if (Values.isLogicTrue(arg.eval(scope, false))) {
          return Values.bool(true);
        }
      } catch (EvaluationError e) {
        // the reference ignores a failing operand of ||
      }
    }
    return Values.bool(false);
  }

  private static JsonNode not(Expr[] args, Scope scope, boolean substitute) {
    try {
      return Values.bool(!Values.isLogicTrue(args[0].eval(scope, false)));
    } catch (EvaluationError e) {
      return Values.bool(true);
    }
  }

  private static Builtin comparison(int arity, Comparison comparison, boolean notNull) {
    return Functions.of(
        arity,
        arity,
        ReturnType.BOOLEAN,
        (args, scope, substitute) -> {
          JsonNode[] values;
          try {
            values = Builtin.evaluate(args, scope, false);
          } catch (EvaluationError e) {
            return Values.bool(false);
          }
          if (notNull) {
            for (JsonNode value : values) {
              if (Values.isNullish(value)) {
                return Values.bool(false);
              }
            }
          }
          return Values.bool(comparison.test(values));
        });
  }

  private static int order(JsonNode[] values) {
    JsonNode a = values[0];
    JsonNode b = values[1];
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0
          ? 0
          : a.doubleValue() < b.doubleValue() ? -1 : 1;
    }
    if (a.isTextual() && b.isTextual()) {
      return Integer.signum(a.textValue().compareTo(b.textValue()));
    }
    throw new EvaluationError(a + " and " + b + " must be comparable.");
  }

  static boolean isEmpty(JsonNode value) {
    if (Values.isNullish(value)) {
      return true;
    }
    if (value.isTextual()) {
      return value.textValue().isEmpty();
    }
    if (value.isContainerNode()) {
      return value.size() == 0;
    }
    return false;
  }

  private static JsonNode coalesce(JsonNode[] values, Expr[] args) {
    for (JsonNode value : values) {
      if (!Values.isNullish(value)) {
        return value;
      }
    }
    return Values.nullNode();
  }
}
