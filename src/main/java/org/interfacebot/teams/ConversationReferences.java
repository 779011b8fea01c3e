package org.interfacebot.teams;

import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the references the bot needs to speak first: each group's channel (from the install event)
 * and each person's 1:1 chat (from their latest message).
 */
@Component
class ConversationReferences {

  private final StoredReferenceRepository references;
  private final Clock clock;

  ConversationReferences(StoredReferenceRepository references, Clock clock) {
    this.references = references;
    this.clock = clock;
  }

  static String channelKey(String teamId) {
    return "channel:" + teamId;
  }

  static String personalKey(String personKey) {
    return "personal:" + personKey;
  }

  /** Keeps a reference to the conversation itself, not to the message it came with. */
  @Transactional
  void remember(String key, ConversationReference reference, String conversationId) {
    ConversationReference toKeep = Serialization.getAs(reference, ConversationReference.class);
    toKeep.setActivityId(null);
    if (conversationId != null) {
      var conversation = new ConversationAccount(conversationId);
      conversation.setConversationType(reference.getConversation().getConversationType());
      conversation.setTenantId(reference.getConversation().getTenantId());
      conversation.setIsGroup(reference.getConversation().isGroup());
      toKeep.setConversation(conversation);
    }
    String json = Serialization.toStringSilent(toKeep);
    references
        .findByKey(key)
        .ifPresentOrElse(
            stored -> stored.replace(json, clock.instant()),
            () -> references.save(new StoredReference(key, json, clock.instant())));
  }

  @Transactional(readOnly = true)
  Optional<ConversationReference> find(String key) {
    return references.findByKey(key).map(stored -> read(stored.json()));
  }

  private static ConversationReference read(String json) {
    try {
      return Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored conversation reference is not valid JSON", e);
    }
  }
}
