package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.interfacebot.chat.Reply;

/** Turns the chat API's replies into Teams message activities. */
final class CardMessages {

  static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

  private CardMessages() {}

  static Activity of(JsonNode card) {
    var attachment = new Attachment();
    attachment.setContentType(ADAPTIVE_CARD);
    attachment.setContent(card);
    return MessageFactory.attachment(attachment);
  }

  static Activity of(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return of(card.card());
    }
    if (reply instanceof Reply.Naming naming) {
      return MessageFactory.text(naming.text());
    }
    return MessageFactory.text(((Reply.Text) reply).text());
  }
}
