package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses adaptive-expressions syntax into {@link Expr} trees, with the grammar's precedence: unary,
 * {@code ^}, {@code * / %}, {@code + -}, {@code == !=}, {@code &}, comparisons, {@code &&}, {@code
 * ||}, {@code ??}, then {@code ?:}.
 */
final class ExpressionParser {

  private static final String[][] LEVELS = {
    {"??"},
    {"||"},
    {"&&"},
    {"<", "<=", ">", ">="},
    {"&"},
    {"==", "!=", "<>"},
    {"+", "-"},
    {"*", "/", "%"},
    {"^"}
  };

  private final String text;
  private final int offset;
  private final ErrorReporter reporter;
  private List<ExpressionLexer.Token> tokens;
  private int next;

  /** Turns a message and a position in the parsed text into the exception to throw. */
  interface ErrorReporter {
    TemplateException report(String message, int position);
  }

  ExpressionParser(String text, int offset, ErrorReporter reporter) {
    this.text = text;
    this.offset = offset;
    this.reporter = reporter;
  }

  Expr parse() {
    if (text.isEmpty()) {
      return new Constant(Values.EMPTY);
    }
    tokens = new ExpressionLexer(text, this).tokens();
    Expr result = expression(0);
    if (peek().kind() != ExpressionLexer.Kind.END) {
      throw error("unexpected '" + peek().text() + "'", peek().position());
    }
    return result;
  }

  /** A {@code ${...}} body met inside this text, parsed on its own as the reference does. */
  Expr nested(String inner, int position) {
    return new ExpressionParser(inner, offset + position, reporter).parse();
  }

  TemplateException error(String message, int position) {
    return reporter.report(message, offset + position);
  }

  private ExpressionLexer.Token peek() {
    return tokens.get(next);
  }

  private boolean isOperator(String operator) {
    ExpressionLexer.Token token = peek();
    return token.kind() == ExpressionLexer.Kind.OPERATOR && token.text().equals(operator);
  }

  private void expect(String operator) {
    if (!isOperator(operator)) {
      throw error(
          "expected '" + operator + "' but found '" + peek().text() + "'", peek().position());
    }
    next++;
  }

  private Expr expression(int ignored) {
    Expr condition = binary(0);
    if (isOperator("?")) {
      next++;
      Expr whenTrue = expression(0);
      expect(":");
      Expr whenFalse = binary(0);
      return call("if", List.of(condition, whenTrue, whenFalse), peek().position());
    }
    return condition;
  }

  private Expr binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    if (LEVELS[level][0].equals("^")) {
      Expr base = unary();
      if (isOperator("^")) {
        int at = peek().position();
        next++;
        return call("^", List.of(base, binary(level)), at);
      }
      return base;
    }
    Expr left = binary(level + 1);
    while (true) {
      String operator = operatorAt(level);
      if (operator == null) {
        return left;
      }
      int at = peek().position();
      next++;
      left = call(operator, List.of(left, binary(level + 1)), at);
    }
  }

  private String operatorAt(int level) {
    for (String operator : LEVELS[level]) {
      if (isOperator(operator)) {
        return operator;
      }
    }
    return null;
  }

  private Expr unary() {
    ExpressionLexer.Token token = peek();
    if (token.kind() == ExpressionLexer.Kind.OPERATOR
        && (token.text().equals("!") || token.text().equals("-") || token.text().equals("+"))) {
      next++;
      Expr operand = unary();
      if (token.text().equals("!")) {
        return call("!", List.of(operand), token.position());
      }
      return call(token.text(), List.of(new Constant(Values.number(0)), operand), token.position());
    }
    return postfix(primary());
  }

  private Expr primary() {
    ExpressionLexer.Token token = peek();
    next++;
    switch (token.kind()) {
      case NUMBER:
        return new Constant(Values.number(Double.parseDouble(token.text())));
      case STRING:
        return new Constant(Values.text(StringLiterals.unquote(token.text())));
      case INTERPOLATION:
        return token.interpolation();
      case IDENTIFIER:
        return identifier(token.text());
      case OPERATOR:
        if (token.text().equals("(")) {
          Expr inner = expression(0);
          expect(")");
          return inner;
        }
        if (token.text().equals("[")) {
          return call("createArray", arguments("]"), token.position());
        }
        if (token.text().equals("{")) {
          return new ObjectLiteralParser(this).parse(token.position());
        }
        break;
      default:
        break;
    }
    throw error("unexpected '" + token.text() + "'", token.position());
  }

  private Expr identifier(String name) {
    switch (name) {
      case "true":
        return new Constant(Values.bool(true));
      case "false":
        return new Constant(Values.bool(false));
      case "null":
        return new Constant(Values.nullNode());
      case "undefined":
        return new Constant(null);
      default:
        return new PathAccess(null, List.of(new PathAccess.Step(name, null)), name);
    }
  }

  private Expr postfix(Expr start) {
    Expr current = start;
    int textStart = tokens.get(next - 1).position();
    while (true) {
      ExpressionLexer.Token token = peek();
      if (isOperator(".")) {
        next++;
        ExpressionLexer.Token name = peek();
        if (name.kind() != ExpressionLexer.Kind.IDENTIFIER) {
          throw error("expected a property name after '.'", name.position());
        }
        next++;
        current = Paths.member(current, name.text());
      } else if (isOperator("[")) {
        next++;
        Expr index = expression(0);
        expect("]");
        current = new ElementAccess(current, index);
      } else if (isOperator("(")) {
        String name = text.substring(textStart, token.position()).replaceAll("\\s", "");
        next++;
        current = call(name, arguments(")"), textStart);
      } else {
        return current;
      }
    }
  }

  private List<Expr> arguments(String close) {
    List<Expr> args = new ArrayList<>();
    if (isOperator(close)) {
      next++;
      return args;
    }
    while (true) {
      if (peek().kind() == ExpressionLexer.Kind.IDENTIFIER
          && tokens.get(next + 1).kind() == ExpressionLexer.Kind.OPERATOR
          && tokens.get(next + 1).text().equals("=>")) {
        args.add(identifier(peek().text()));
        next += 2;
      }
      args.add(expression(0));
      if (isOperator(close)) {
        next++;
        return args;
      }
      expect(",");
    }
  }

  Expr parseValue() {
    return expression(0);
  }

  boolean accept(String operator) {
    if (isOperator(operator)) {
      next++;
      return true;
    }
    return false;
  }

  ExpressionLexer.Token take() {
    return tokens.get(next++);
  }

  Expr call(String name, List<Expr> args, int position) {
    Builtin function = Functions.lookup(name);
    if (function == null) {
      throw error("unknown function '" + name + "'", position);
    }
    Expr[] array = args.toArray(Expr[]::new);
    String problem = function.check(array);
    if (problem != null) {
      throw error(name + ": " + problem, position);
    }
    return new Call(name, function, array);
  }

  static JsonNode constantValue(Expr expr) {
    return expr instanceof Constant c ? c.value : null;
  }
}
