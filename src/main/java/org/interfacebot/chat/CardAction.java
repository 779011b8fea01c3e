package org.interfacebot.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A button on an Adaptive Card (a Universal Action, {@code Action.Execute}) with a known verb. */
public interface CardAction {

  /** The namespaced verb, e.g. {@code triage.vote}. */
  String verb();

  Result handle(Turn turn, JsonNode data);

  /**
   * What the clicker sees: the card that replaces the one they clicked (null keeps it) and any
   * messages sent to the conversation.
   */
  record Result(JsonNode card, List<Reply> messages) {

    public static Result replaceWith(JsonNode card, Reply... messages) {
      return new Result(card, List.of(messages));
    }
  }
}
