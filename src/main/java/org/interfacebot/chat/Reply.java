package org.interfacebot.chat;

import com.fasterxml.jackson.databind.JsonNode;

/** One message the bot sends back: plain (markdown) text or an Adaptive Card. */
public sealed interface Reply {

  static Reply text(String text) {
    return new Text(text);
  }

  static Reply card(JsonNode card) {
    return new Card(card);
  }

  record Text(String text) implements Reply {}

  /**
   * Text that names people (a chair appointed, a fellow assigned), with its wording, so that it can
   * be worded again without a person who later asks to be forgotten.
   */
  record Naming(String text, Wording wording) implements Reply {}

  record Card(JsonNode card) implements Reply {}
}
