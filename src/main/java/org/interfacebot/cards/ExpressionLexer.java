package org.interfacebot.cards;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens, following adaptive-expressions' ANTLR lexer. */
final class ExpressionLexer {

  enum Kind {
    NUMBER,
    STRING,
    IDENTIFIER,
    OPERATOR,
    INTERPOLATION,
    END
  }

  record Token(Kind kind, String text, int position, Expr interpolation) {}

  private static final String[] OPERATORS = {
    "==", "!=", "<>", "&&", "||", "<=", ">=", "=>", "??", "+", "-", "!", "^", "*", "/", "%", "&",
    "<", ">", "(", ")", ".", "[", "]", "{", "}", ",", ":", "?"
  };

  private final String source;
  private final ExpressionParser parser;
  private int pos;

  ExpressionLexer(String source, ExpressionParser parser) {
    this.source = source;
    this.parser = parser;
  }

  List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (pos >= source.length()) {
        tokens.add(new Token(Kind.END, "<end>", pos, null));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipWhitespace() {
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\ufeff' || c == '\u00a0' || c == '\n') {
        pos++;
      } else if (c == '\r' && pos + 1 < source.length() && source.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  private Token next() {
    int start = pos;
    char c = source.charAt(pos);
    if (isDigit(c)) {
      while (pos < source.length() && isDigit(source.charAt(pos))) {
        pos++;
      }
      if (pos + 1 < source.length()
          && source.charAt(pos) == '.'
          && isDigit(source.charAt(pos + 1))) {
        pos++;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
          pos++;
        }
      }
      return new Token(Kind.NUMBER, source.substring(start, pos), start, null);
    }
    if (c == '\'' || c == '"') {
      int end = StringScanner.endOfString(source, pos);
      if (end < 0) {
        throw parser.error("unterminated string", start);
      }
      pos = end;
      return new Token(Kind.STRING, source.substring(start, pos), start, null);
    }
    if (c == '`') {
      InterpolationScanner scanner = new InterpolationScanner(source, pos + 1, parser);
      Expr concat = scanner.scan();
      pos = scanner.end();
      return new Token(Kind.INTERPOLATION, source.substring(start, pos), start, concat);
    }
    int identifierEnd = identifierEnd(start);
    if (identifierEnd > start && !(identifierEnd == start + 1 && c == '%')) {
      pos = identifierEnd;
      return new Token(Kind.IDENTIFIER, source.substring(start, pos), start, null);
    }
    for (String operator : OPERATORS) {
      if (source.startsWith(operator, pos)) {
        pos += operator.length();
        return new Token(Kind.OPERATOR, operator, start, null);
      }
    }
    throw parser.error("unexpected character '" + c + "'", start);
  }

  private int identifierEnd(int start) {
    int i = start;
    char c = source.charAt(i);
    if (c == '@' && i + 1 < source.length() && source.charAt(i + 1) == '@') {
      i += 2;
    } else if (isLetter(c) || c == '_' || c == '#' || c == '@' || c == '$' || c == '%') {
      i++;
    } else {
      return start;
    }
    while (i < source.length()
        && (isLetter(source.charAt(i)) || isDigit(source.charAt(i)) || source.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
