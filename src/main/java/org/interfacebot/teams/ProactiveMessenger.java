package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.config.InterfaceBotProperties;
import org.springframework.stereotype.Component;

/** Speaks first: posts and updates messages in conversations from their stored references. */
@Component
class ProactiveMessenger {

  private final BotFrameworkHttpAdapter adapter;
  private final ConversationReferences references;
  private final String appId;

  ProactiveMessenger(
      BotFrameworkHttpAdapter adapter,
      ConversationReferences references,
      InterfaceBotProperties properties) {
    this.adapter = adapter;
    this.references = references;
    this.appId = properties.bot().appId();
  }

  /** Posts a card as a new message; returns the posted message's id. */
  Posted post(String referenceKey, JsonNode card) {
    ConversationReference reference = reference(referenceKey);
    var sent = new AtomicReference<ResourceResponse>();
    adapter
        .continueConversation(
            appId,
            reference,
            turn -> turn.sendActivity(CardMessages.of(card)).thenAccept(sent::set))
        .join();
    String id = sent.get() == null ? null : sent.get().getId();
    if (id == null) {
      throw new IllegalStateException("Teams did not return an id for the posted card");
    }
    return new Posted(reference.getConversation().getId(), id);
  }

  /** Replaces a posted card with a new version, for everyone in the conversation. */
  void update(String referenceKey, String activityId, JsonNode card) {
    ConversationReference reference = reference(referenceKey);
    adapter
        .continueConversation(
            appId,
            reference,
            turn -> {
              Activity update = CardMessages.of(card);
              update.setId(activityId);
              return turn.updateActivity(update).thenApply(done -> null);
            })
        .join();
  }

  /** Sends plain text, e.g. to a person's 1:1 chat. */
  void say(String referenceKey, String text) {
    adapter
        .continueConversation(
            appId,
            reference(referenceKey),
            turn -> turn.sendActivity(MessageFactory.text(text)).thenApply(r -> null))
        .join();
  }

  private ConversationReference reference(String key) {
    return references
        .find(key)
        .orElseThrow(() -> new IllegalStateException("No conversation reference for " + key));
  }

  record Posted(String conversationId, String activityId) {}
}
