package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A built-in function: its arity, the argument types its validator checks when a template loads,
 * its return type and its evaluation.
 */
record Builtin(int minArgs, int maxArgs, int[] argTypes, int returnType, Body body) {

  /** Evaluates a call from its unevaluated arguments, so that if/and/or can short-circuit. */
  @FunctionalInterface
  interface Body {
    JsonNode apply(Expr[] args, Scope scope, boolean substitute);
  }

  /** A function of already evaluated arguments. */
  @FunctionalInterface
  interface Strict {
    JsonNode apply(JsonNode[] values, Expr[] args);
  }

  static Body strict(Strict function) {
    return (args, scope, substitute) -> function.apply(evaluate(args, scope, substitute), args);
  }

  static JsonNode[] evaluate(Expr[] args, Scope scope, boolean substitute) {
    JsonNode[] values = new JsonNode[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].eval(scope, substitute);
    }
    return values;
  }

  /** What the reference's validator says about these arguments, or null when they fit. */
  String check(Expr[] args) {
    if (args.length < minArgs) {
      return "should have at least " + minArgs + " children";
    }
    if (args.length > maxArgs) {
      return "can't have more than " + maxArgs + " children";
    }
    for (int i = 0; i < args.length && argTypes.length > 0; i++) {
      int type = argTypes[Math.min(i, argTypes.length - 1)];
      int actual = args[i].returnType();
      if ((type & ReturnType.OBJECT) == 0
          && (actual & ReturnType.OBJECT) == 0
          && (type & actual) == 0) {
        return args[i] + " has the wrong type";
      }
    }
    return null;
  }
}
