package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * What an expression can see: the template's {@code $root}, {@code $data}, {@code $index} and
 * {@code $host}, plus the iteration variables of enclosing lambdas (where, select).
 */
final class Scope {

  private static final String[] MEMORY_KEYS = {
    "_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion"
  };

  final JsonNode root;
  final JsonNode host;
  final JsonNode data;
  final JsonNode index;
  private final String localName;
  private final JsonNode localValue;
  private final Scope outer;

  private Scope(
      JsonNode root,
      JsonNode host,
      JsonNode data,
      JsonNode index,
      String localName,
      JsonNode localValue,
      Scope outer) {
    this.root = root;
    this.host = host;
    this.data = data;
    this.index = index;
    this.localName = localName;
    this.localValue = localValue;
    this.outer = outer;
  }

  static Scope of(JsonNode root, JsonNode host) {
    return new Scope(root, host, null, null, null, null, null);
  }

  Scope withData(JsonNode newData, JsonNode newIndex) {
    return new Scope(root, host, newData, newIndex, null, null, null);
  }

  Scope withLocal(String name, JsonNode value) {
    return new Scope(root, host, data, index, name, value, this);
  }

  /** The reference keeps $data undefined until a $data is met, and then reads $root. */
  JsonNode currentData() {
    return data != null ? data : root;
  }

  /** Reads a path split into parts, as adaptive-expressions' StackedMemory does. */
  JsonNode lookup(String[] parts) {
    for (Scope layer = this; layer != null && layer.localName != null; layer = layer.outer) {
      if (layer.localName.equalsIgnoreCase(parts[0])) {
        JsonNode found = walk(layer.localValue, parts, 1);
        if (found != null) {
          return found;
        }
      }
    }
    Scope template = this;
    while (template.localName != null) {
      template = template.outer;
    }
    return template.lookupTemplateMemory(parts);
  }

  private JsonNode lookupTemplateMemory(String[] parts) {
    String first = parts[0];
    if (first.isEmpty() || first.charAt(0) != '$') {
      return walk(currentData(), parts, 0);
    }
    for (String key : MEMORY_KEYS) {
      if (key.equalsIgnoreCase(first)) {
        return walk(memoryValue(key), parts, 1);
      }
    }
    return null;
  }

  private JsonNode memoryValue(String key) {
    switch (key) {
      case "$root":
        return root;
      case "$data":
        return currentData();
      case "$index":
        return index;
      case "$host":
        return host;
      default:
        return null;
    }
  }

  /** SimpleObjectMemory.getValue from the given part on. */
  static JsonNode walk(JsonNode start, String[] parts, int from) {
    JsonNode value = start;
    for (int i = from; i < parts.length; i++) {
      String part = parts[i];
      double asInt = JsParse.parseInt(part);
      if (!Double.isNaN(asInt) && value != null && value.isArray()) {
        if (asInt < 0 || asInt >= value.size()) {
          return null;
        }
        value = value.get((int) asInt);
      } else {
        value = property(value, part);
      }
    }
    return value;
  }

  /** accessProperty: falsy instances have no properties; names match ignoring case. */
  static JsonNode property(JsonNode instance, String name) {
    if (Values.isFalsy(instance)) {
      return null;
    }
    if (instance.isObject()) {
      JsonNode exact = instance.get(name);
      if (exact != null) {
        return firstCaseInsensitive(instance, name, exact);
      }
      for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (key.equalsIgnoreCase(name)) {
          return instance.get(key);
        }
      }
      return null;
    }
    if (instance.isArray() || instance.isTextual()) {
      int size = instance.isArray() ? instance.size() : instance.textValue().length();
      double idx = JsParse.canonicalIndex(name);
      if (idx >= 0 && idx < size) {
        return instance.isArray()
            ? instance.get((int) idx)
            : Values.text(String.valueOf(instance.textValue().charAt((int) idx)));
      }
    }
    return null;
  }

  private static JsonNode firstCaseInsensitive(JsonNode instance, String name, JsonNode exact) {
    if (instance.size() == 1) {
      return exact;
    }
    for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equalsIgnoreCase(name)) {
        return instance.get(key);
      }
    }
    return exact;
  }
}
