package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexer's string-interpolation mode: text, {@code \`} and {@code \$} escapes and {@code ${...}}
 * templates up to the closing backtick, compiled to a concat of constants and expressions.
 */
final class InterpolationScanner {

  private final String source;
  private final ExpressionParser parser;
  private int pos;

  InterpolationScanner(String source, int start, ExpressionParser parser) {
    this.source = source;
    this.pos = start;
    this.parser = parser;
  }

  int end() {
    return pos;
  }

  Expr scan() {
    List<Expr> parts = new ArrayList<>();
    parts.add(new Constant(Values.EMPTY));
    StringBuilder text = new StringBuilder();
    while (true) {
      if (pos >= source.length()) {
        throw parser.error("missing closing backtick", pos);
      }
      char c = source.charAt(pos);
      if (c == '`') {
        pos++;
        flush(text, parts);
        return new Call("concat", Functions.lookup("concat"), parts.toArray(Expr[]::new));
      }
      if (c == '\\'
          && pos + 1 < source.length()
          && (source.charAt(pos + 1) == '`' || source.charAt(pos + 1) == '$')) {
        flush(text, parts);
        parts.add(new Constant(Values.text(String.valueOf(source.charAt(pos + 1)))));
        pos += 2;
        continue;
      }
      int templateEnd = c == '$' ? StringScanner.endOfTemplate(source, pos) : -1;
      if (templateEnd > 0) {
        flush(text, parts);
        String inner = trimExpression(source.substring(pos, templateEnd));
        parts.add(parser.nested(inner, pos + 2));
        pos = templateEnd;
        continue;
      }
      text.append(c);
      pos++;
    }
  }

  private static void flush(StringBuilder text, List<Expr> parts) {
    if (text.length() > 0) {
      JsonNode constant = Values.text(text.toString());
      parts.add(new Constant(constant));
      text.setLength(0);
    }
  }

  /** The reference's trimExpression: drop '$', then one pair of braces, trimming around. */
  private static String trimExpression(String template) {
    String result = template.strip();
    if (result.startsWith("$")) {
      result = result.substring(1);
    }
    result = result.strip();
    if (result.startsWith("{") && result.endsWith("}")) {
      result = result.substring(1, result.length() - 1);
    }
    return result.strip();
  }
}
