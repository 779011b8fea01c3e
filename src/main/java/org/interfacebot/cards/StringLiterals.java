package org.interfacebot.cards;

/** The reference's string-literal unquoting and its small set of escapes. */
final class StringLiterals {

  private StringLiterals() {}

  static String unquote(String literal) {
    char quote = literal.charAt(0);
    String body = literal.substring(1, literal.length() - 1).replace("\\" + quote, "" + quote);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char e = body.charAt(i + 1);
        switch (e) {
          case 'r' -> out.append('\r');
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case '\\' -> out.append('\\');
          default -> out.append(c).append(e);
        }
        if (e != '\r' && e != '\n') {
          i++;
        } else {
          out.setLength(out.length() - 1);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
