package org.interfacebot.cards;

import java.util.HashMap;
import java.util.Map;

/** The built-in functions by name, case-sensitive as in adaptive-expressions. */
final class Functions {

  static final int ANY = ReturnType.OBJECT;
  static final int MANY = Integer.MAX_VALUE;

  private static final Map<String, Builtin> BY_NAME = new HashMap<>();

  static {
    OperatorFunctions.register(BY_NAME);
    LogicFunctions.register(BY_NAME);
    TextFunctions.register(BY_NAME);
    CollectionFunctions.register(BY_NAME);
    ConversionFunctions.register(BY_NAME);
  }

  private Functions() {}

  static Builtin lookup(String name) {
    return BY_NAME.get(name);
  }

  static Builtin of(int min, int max, int returnType, Builtin.Body body, int... argTypes) {
    return new Builtin(min, max, argTypes, returnType, body);
  }

  static void alias(Map<String, Builtin> table, String alias, String name) {
    table.put(alias, table.get(name));
  }
}
