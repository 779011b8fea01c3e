package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A template value prepared at load time. {@link #expand} returns Java null for the reference's
 * undefined (the property is left out) and a null node for null (the array item is left out).
 */
interface TemplateNode {

  JsonNode expand(Scope scope);

  /** A value with no binding in it. */
  record Literal(JsonNode value) implements TemplateNode {
    @Override
    public JsonNode expand(Scope scope) {
      return value.isContainerNode() ? value.deepCopy() : value;
    }
  }

  /** A string that is one binding: the value keeps its type. */
  record WholeBinding(Expr expr, String source) implements TemplateNode {
    @Override
    public JsonNode expand(Scope scope) {
      try {
        return Values.toOutput(expr.eval(scope, true));
      } catch (EvaluationError e) {
        throw new TemplateException("cannot expand \"" + source + "\": " + e.getMessage(), e);
      }
    }
  }

  /** A string mixing text and bindings: each failed binding shows as its own source text. */
  record Interpolation(Expr[] parts, String source) implements TemplateNode {
    @Override
    public JsonNode expand(Scope scope) {
      StringBuilder text = new StringBuilder();
      for (Expr part : parts) {
        if (part instanceof Constant constant) {
          text.append(Values.toJsStringOrThrow(constant.value, source));
          continue;
        }
        JsonNode value;
        try {
          value = part.eval(scope, true);
        } catch (EvaluationError e) {
          value = Values.text("${" + part + "}");
        }
        text.append(Values.toJsStringOrThrow(value, source));
      }
      return Values.text(text.toString());
    }
  }
}
