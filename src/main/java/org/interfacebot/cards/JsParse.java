package org.interfacebot.cards;

/** JavaScript's lenient number parsing, which the reference relies on for paths and conversions. */
final class JsParse {

  private JsParse() {}

  /** {@code parseInt(text)}: leading whitespace and sign, then decimal digits; NaN if none. */
  static double parseInt(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int start = i;
    double value = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      value = value * 10 + (text.charAt(i) - '0');
      i++;
    }
    if (i == start) {
      return Double.NaN;
    }
    return negative ? -value : value;
  }

  /** The array index a property name denotes in JavaScript ("0", "12"), or -1. */
  static double canonicalIndex(String name) {
    if (name.isEmpty() || name.length() > 9) {
      return -1;
    }
    if (name.length() > 1 && name.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@code parseFloat(text)}; NaN when no number starts the text. */
  static double parseFloat(String text) {
    String t = text.strip();
    int end = 0;
    int n = t.length();
    if (end < n && (t.charAt(end) == '-' || t.charAt(end) == '+')) {
      end++;
    }
    if (t.startsWith("Infinity", end)) {
      return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    int digitsStart = end;
    while (end < n && Character.isDigit(t.charAt(end))) {
      end++;
    }
    if (end < n && t.charAt(end) == '.') {
      end++;
      while (end < n && Character.isDigit(t.charAt(end))) {
        end++;
      }
    }
    if (end == digitsStart || end == digitsStart + 1 && t.charAt(digitsStart) == '.') {
      return Double.NaN;
    }
    int mantissaEnd = end;
    if (end < n && (t.charAt(end) == 'e' || t.charAt(end) == 'E')) {
      int e = end + 1;
      if (e < n && (t.charAt(e) == '-' || t.charAt(e) == '+')) {
        e++;
      }
      int expDigits = e;
      while (e < n && Character.isDigit(t.charAt(e))) {
        e++;
      }
      if (e > expDigits) {
        end = e;
      }
    }
    return Double.parseDouble(t.substring(0, end > mantissaEnd ? end : mantissaEnd));
  }

  /** {@code Number(text)}: the whole trimmed text must be a number; empty is 0. */
  static double toNumber(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseLong(t.substring(2), 16);
      }
      if (t.endsWith("Infinity")) {
        return t.equals("Infinity") || t.equals("+Infinity")
            ? Double.POSITIVE_INFINITY
            : t.equals("-Infinity") ? Double.NEGATIVE_INFINITY : Double.NaN;
      }
      char last = t.charAt(t.length() - 1);
      if (!Character.isDigit(last) && last != '.') {
        return Double.NaN;
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
