package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of member and index accesses read as one memory path, the way adaptive-expressions'
 * Accessor accumulates {@code a.b[0].c}: the path text is also what a missing value substitutes.
 */
final class PathAccess implements Expr {

  /** One step: a member name, or an index expression. */
  record Step(String name, Expr index) {}

  private final Expr base;
  private final Step[] steps;
  private final String[] constantParts;
  private final String constantPath;
  private final String source;

  PathAccess(Expr base, List<Step> steps, String source) {
    this.base = base;
    this.steps = steps.toArray(Step[]::new);
    this.source = source;
    boolean constant = steps.stream().allMatch(s -> s.index() == null || isLiteral(s.index()));
    this.constantPath = constant ? buildPath(null, false) : null;
    this.constantParts = constant ? split(constantPath) : null;
  }

  private static boolean isLiteral(Expr index) {
    return index instanceof Constant;
  }

  Expr base() {
    return base;
  }

  List<Step> steps() {
    return List.of(steps);
  }

  /** The single name of a bare identifier (a lambda's iteration variable), or null. */
  String bareName() {
    return base == null && steps.length == 1 && steps[0].index() == null ? steps[0].name() : null;
  }

  @Override
  public JsonNode eval(Scope scope, boolean substitute) {
    String path = constantPath != null ? constantPath : buildPath(scope, substitute);
    String[] parts = constantParts != null ? constantParts : split(path);
    JsonNode value;
    if (base == null) {
      value = parts.length == 0 ? null : scope.lookup(parts);
    } else {
      JsonNode instance = base.eval(scope, substitute);
      value = instance == null || parts.length == 0 ? null : Scope.walk(instance, parts, 0);
    }
    if (value == null && substitute) {
      return Values.text("${" + path + "}");
    }
    return value;
  }

  private String buildPath(Scope scope, boolean substitute) {
    StringBuilder path = new StringBuilder();
    for (Step step : steps) {
      if (step.index() == null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(step.name());
      } else {
        JsonNode value = step.index().eval(scope, substitute);
        if (Values.isNumber(value)) {
          path.append('[').append(Values.numberToString(value.doubleValue())).append(']');
        } else if (value != null && value.isTextual()) {
          String text = value.textValue();
          boolean numeric = !Double.isNaN(JsParse.parseInt(text));
          path.append(numeric ? "[" + text + "]" : "['" + text + "']");
        } else {
          throw new EvaluationError(step.index() + " doesn't return an int or string");
        }
      }
    }
    return path.toString();
  }

  /** SimpleObjectMemory's split on runs of '.', '[' and ']', with quotes stripped. */
  static String[] split(String path) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      while (i < n && isSeparator(path.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(path.charAt(i))) {
        i++;
      }
      if (i > start) {
        String part = path.substring(start, i);
        if (part.length() >= 2
            && (part.startsWith("'") && part.endsWith("'")
                || part.startsWith("\"") && part.endsWith("\""))) {
          part = part.substring(1, part.length() - 1);
        }
        parts.add(part);
      }
    }
    return parts.toArray(String[]::new);
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == '[' || c == ']';
  }

  @Override
  public String toString() {
    return source;
  }
}
