package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;

/** The answers to a Universal Action: the card that replaces the clicked one, or a message. */
final class InvokeResponses {

  private InvokeResponses() {}

  static AdaptiveCardInvokeResponse card(JsonNode card) {
    var response = new AdaptiveCardInvokeResponse();
    response.setStatusCode(200);
    response.setType(CardMessages.ADAPTIVE_CARD);
    response.setValue(card);
    return response;
  }

  static AdaptiveCardInvokeResponse message(String text) {
    var response = new AdaptiveCardInvokeResponse();
    response.setStatusCode(200);
    response.setType("application/vnd.microsoft.activity.message");
    response.setValue(text);
    return response;
  }
}
