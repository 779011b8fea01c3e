package org.interfacebot.cards;

import static org.interfacebot.cards.Functions.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** String functions: toUpper, toLower, trim, substring, replace, length, startsWith, endsWith. */
final class TextFunctions {

  private static final int STRING = ReturnType.STRING;

  private TextFunctions() {}

  static void register(Map<String, Builtin> table) {
    table.put("toUpper", textToText(s -> s.toUpperCase(Locale.ROOT)));
    table.put("toLower", textToText(s -> s.toLowerCase(Locale.ROOT)));
    table.put("trim", textToText(TextFunctions::jsTrim));
    table.put(
        "length",
        Functions.of(
            1,
            1,
            ReturnType.NUMBER,
            Builtin.strict((v, a) -> Values.number(stringOrEmpty(v[0], a[0]).length())),
            STRING));
    table.put(
        "replace",
        Functions.of(3, 3, STRING, Builtin.strict(TextFunctions::replace), STRING, STRING, STRING));
    table.put(
        "substring",
        Functions.of(2, 3, STRING, TextFunctions::substring, STRING, ReturnType.NUMBER));
    table.put(
        "startsWith",
        Functions.of(
            2,
            2,
            ReturnType.BOOLEAN,
            Builtin.strict(
                (v, a) ->
                    Values.bool(stringOrEmpty(v[0], a[0]).startsWith(stringOrEmpty(v[1], a[1])))),
            STRING));
    table.put(
        "endsWith",
        Functions.of(
            2,
            2,
            ReturnType.BOOLEAN,
            Builtin.strict(
                (v, a) ->
                    Values.bool(stringOrEmpty(v[0], a[0]).endsWith(stringOrEmpty(v[1], a[1])))),
            STRING));
  }

  private static Builtin textToText(UnaryOperator<String> operation) {
    return Functions.of(
        1,
        2,
        STRING,
        Builtin.strict((v, a) -> Values.text(operation.apply(stringOrEmpty(v[0], a[0])))),
        STRING,
        ANY);
  }

  /** The reference's verifyStringOrNull then parseStringOrUndefined. */
  static String stringOrEmpty(JsonNode value, Expr arg) {
    if (value == null) {
      return "";
    }
    if (!value.isTextual()) {
      throw new EvaluationError(arg + " is neither a string nor a null object.");
    }
    return value.textValue();
  }

  /** JavaScript's String.prototype.trim (whitespace and line terminators, incl. NBSP and BOM). */
  static String jsTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isJsSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isJsSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isJsSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
  }

  private static JsonNode replace(JsonNode[] v, Expr[] a) {
    String text = stringOrEmpty(v[0], a[0]);
    String search = stringOrEmpty(v[1], a[1]);
    String replacement = stringOrEmpty(v[2], a[2]);
    if (search.isEmpty()) {
      throw new EvaluationError(v[1] + " should be a string with length at least 1");
    }
    return Values.text(text.replace(search, replacement));
  }

  private static JsonNode substring(Expr[] args, Scope scope, boolean substitute) {
    JsonNode str = args[0].eval(scope, substitute);
    if (str == null) {
      return Values.EMPTY;
    }
    if (!str.isTextual()) {
      throw new EvaluationError(args[0] + " is neither a string nor a null object.");
    }
    String s = str.textValue();
    JsonNode start = args[1].eval(scope, substitute);
    if (!Values.isInteger(start)) {
      throw new EvaluationError(args[1] + " is not an integer.");
    }
    double from = start.doubleValue();
    if (from < 0 || from > s.length()) {
      throw new EvaluationError(args[1] + "=" + start + " which is out of range for " + s);
    }
    double length = s.length() - from;
    if (args.length == 3) {
      JsonNode len = args[2].eval(scope, substitute);
      if (!Values.isInteger(len)) {
        throw new EvaluationError(args[2] + " is not an integer");
      }
      length = len.doubleValue();
      if (length < 0 || from + length > s.length()) {
        throw new EvaluationError(args[2] + "=" + len + " which is out of range for " + s);
      }
    }
    return Values.text(s.substring((int) from, (int) (from + length)));
  }
}
