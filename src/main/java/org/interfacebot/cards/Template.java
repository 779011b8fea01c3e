package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A parsed Adaptive Card template; immutable and thread-safe. Expansion follows Microsoft's
 * adaptivecards-templating 2.3.1 with adaptive-expressions 4.23.3. Bound values are data: the
 * output is never parsed or evaluated again.
 */
public final class Template {

  private final String name;
  private final TemplateNode root;

  private Template(String name, TemplateNode root) {
    this.name = name;
    this.root = root;
  }

  /**
   * Parses and compiles every binding of the template.
   *
   * @throws TemplateException naming the template and the position of a syntax error or of an
   *     unknown function
   */
  public static Template parse(String name, String json) {
    return new Template(name, new TemplateCompiler(name).compile(json));
  }

  /** Expands the template with {@code data} as {@code $root}; returns a new tree. */
  public JsonNode expand(JsonNode data) {
    JsonNode rootData = data == null || data.isMissingNode() ? null : data;
    try {
      JsonNode result = root.expand(Scope.of(rootData, null));
      return result == null ? MissingNode.getInstance() : result;
    } catch (TemplateException e) {
      throw new TemplateException(name + ": " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Template[" + name + "]";
  }
}
