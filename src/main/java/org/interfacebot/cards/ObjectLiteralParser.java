package org.interfacebot.cards;

import java.util.List;

/** {@code {key: value, ...}} in an expression: json('{}') with one setProperty per pair. */
final class ObjectLiteralParser {

  private final ExpressionParser parser;

  ObjectLiteralParser(ExpressionParser parser) {
    this.parser = parser;
  }

  Expr parse(int position) {
    Expr object = parser.call("json", List.of(new Constant(Values.text("{}"))), position);
    if (parser.accept("}")) {
      return object;
    }
    while (true) {
      ExpressionLexer.Token key = parser.take();
      String name;
      if (key.kind() == ExpressionLexer.Kind.IDENTIFIER) {
        name = key.text();
      } else if (key.kind() == ExpressionLexer.Kind.STRING) {
        name = key.text().substring(1, key.text().length() - 1);
      } else {
        throw parser.error("expected a property name", key.position());
      }
      if (!parser.accept(":")) {
        throw parser.error("expected ':'", key.position());
      }
      Expr value = parser.parseValue();
      object =
          parser.call(
              "setProperty", List.of(object, new Constant(Values.text(name)), value), position);
      if (parser.accept("}")) {
        return object;
      }
      if (!parser.accept(",")) {
        throw parser.error("expected ',' or '}'", key.position());
      }
    }
  }
}
