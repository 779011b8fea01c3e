package org.interfacebot.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * What the bot remembers about an unfinished dialog in one conversation, kept as plain JSON so that
 * it survives a restart and is never deserialised into a type named by the stored data.
 */
public final class DialogMemory {

  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private JsonNode state;
  private boolean changed;

  public DialogMemory(JsonNode state) {
    this.state = state == null || state.isNull() || state.isEmpty() ? null : state;
  }

  /** The name of the active dialog, if any. */
  public Optional<String> activeDialog() {
    return state == null ? Optional.empty() : Optional.ofNullable(state.path("dialog").textValue());
  }

  public <T> T read(Class<T> type) {
    return JSON.convertValue(state.path("data"), type);
  }

  public void write(String dialog, Object data) {
    var node = JSON.createObjectNode();
    node.put("dialog", dialog);
    node.set("data", JSON.valueToTree(data));
    state = node;
    changed = true;
  }

  public void clear() {
    changed |= state != null;
    state = null;
  }

  public boolean changed() {
    return changed;
  }

  public JsonNode snapshot() {
    return state;
  }
}
