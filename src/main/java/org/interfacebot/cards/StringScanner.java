package org.interfacebot.cards;

/** The lexer's STRING and OBJECT_DEFINITION fragments, shared by both lexer modes. */
final class StringScanner {

  private StringScanner() {}

  /** The index after the string literal starting at {@code start}, or -1 if it never closes. */
  static int endOfString(String s, int start) {
    char quote = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\'
          && i + 1 < s.length()
          && (s.charAt(i + 1) == quote || s.charAt(i + 1) == '\\')) {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The index after a {@code ${...}} template starting at {@code start}, or -1. */
  static int endOfTemplate(String s, int start) {
    if (!s.startsWith("${", start)) {
      return -1;
    }
    int i = start + 2;
    int bodyStart = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '}') {
        return i > bodyStart ? i + 1 : -1;
      } else if (c == '\'' || c == '"') {
        i = endOfString(s, i);
      } else if (c == '{') {
        i = endOfObject(s, i);
      } else if (c == '\r' || c == '\n' || c == '`') {
        return -1;
      } else {
        i++;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** OBJECT_DEFINITION: braces around {@code key: value} runs; -1 if it does not close. */
  static int endOfObject(String s, int start) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '}') {
        return i + 1;
      } else if (c == '{') {
        i = endOfObject(s, i);
      } else if (c == '\'' || c == '"') {
        i = endOfString(s, i);
      } else if (c == '\r' || c == '\n' || c == '`') {
        return -1;
      } else {
        i++;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }
}
