package org.interfacebot.cards;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads template JSON once and prepares every string, reporting errors by file and position. */
final class TemplateCompiler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RESERVED =
      Set.of("$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion");

  private final String name;

  TemplateCompiler(String name) {
    this.name = name;
  }

  TemplateNode compile(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new TemplateException(name + ": empty template");
      }
      TemplateNode root = read(parser);
      if (parser.nextToken() != null) {
        throw new TemplateException(
            name + ": " + at(parser.currentTokenLocation()) + "extra content");
      }
      return root;
    } catch (IOException e) {
      throw new TemplateException(name + ": invalid JSON: " + e.getMessage(), e);
    }
  }

  private TemplateNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject(parser);
      case START_ARRAY:
        List<TemplateNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        return new ArrayTemplate(items.toArray(TemplateNode[]::new));
      case VALUE_STRING:
        return compileString(parser.getText(), parser.currentTokenLocation());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new TemplateNode.Literal(Values.number(parser.getDoubleValue()));
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new TemplateNode.Literal(Values.bool(token == JsonToken.VALUE_TRUE));
      default:
        return new TemplateNode.Literal(Values.nullNode());
    }
  }

  private TemplateNode readObject(JsonParser parser) throws IOException {
    Map<String, TemplateNode> fields = new LinkedHashMap<>();
    TemplateNode data = null;
    TemplateNode when = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      if (key.equals("$data") && parser.currentToken() != JsonToken.VALUE_STRING) {
        JsonNode literal = Values.toOutput(parser.readValueAsTree());
        data = new TemplateNode.Literal(literal == null ? Values.nullNode() : literal);
        continue;
      }
      TemplateNode value = read(parser);
      if (key.equals("$data")) {
        data = value;
      } else if (key.equals("$when")) {
        when = value;
      } else if (!RESERVED.contains(key)) {
        fields.remove(key);
        fields.put(key, value);
      }
    }
    return new ObjectTemplate(
        fields.keySet().toArray(String[]::new),
        fields.values().toArray(TemplateNode[]::new),
        data,
        when);
  }

  /** The reference's parseInterpolatedString: only strings with "${" are parsed. */
  TemplateNode compileString(String text, JsonLocation location) {
    if (!text.contains("${")) {
      return new TemplateNode.Literal(Values.text(text));
    }
    ExpressionParser parser =
        new ExpressionParser(
            "`" + text + "`",
            -1,
            (message, position) ->
                new TemplateException(
                    name
                        + ": "
                        + at(location)
                        + "character "
                        + (position + 1)
                        + " of \""
                        + text
                        + "\": "
                        + message));
    Expr parsed = parser.parse();
    if (!(parsed instanceof Call call) || !call.name.equals("concat")) {
      return new TemplateNode.Literal(Values.text(text));
    }
    Expr[] parts = call.args;
    if (parts.length == 1 && !(parts[0] instanceof Constant)) {
      return whole(parts[0], text);
    }
    if (parts.length == 2
        && parts[0] instanceof Constant first
        && first.isString()
        && first.value.textValue().isEmpty()
        && !(parts[1] instanceof Constant)) {
      return whole(parts[1], text);
    }
    return new TemplateNode.Interpolation(parts, text);
  }

  /**
   * The reference expands any expression of type concat as an interpolated string, so a whole
   * {@code ${concat(a, b)}} joins its arguments' string forms, each failing one shown as source.
   */
  private static TemplateNode whole(Expr expr, String text) {
    if (expr instanceof Call call && call.name.equals("concat")) {
      return new TemplateNode.Interpolation(call.args, text);
    }
    return new TemplateNode.WholeBinding(expr, text);
  }

  private static String at(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
