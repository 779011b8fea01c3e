package org.interfacebot.teams;

import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.Optional;
import org.interfacebot.privacy.Tombstone;
import org.springframework.dao.DataIntegrityViolationException;
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

  /** The key of a 1:1 chat with a person whose identity was removed ({@link Tombstone}). */
  static boolean ofForgottenPerson(String referenceKey) {
    return referenceKey.startsWith("personal:")
        && Tombstone.is(referenceKey.substring("personal:".length()));
  }

  /**
   * Keeps a reference to the conversation itself, not to the message it came with. Teams often
   * sends two events at once (installationUpdate and conversationUpdate), so this is an upsert that
   * tolerates a concurrent insert: each step runs in its own short transaction. Returns whether the
   * reference is new.
   */
  boolean remember(String key, ConversationReference reference, String conversationId) {
    String json = Serialization.toStringSilent(conversationOnly(reference, conversationId));
    var now = clock.instant();
    if (references.replace(key, json, now) > 0) {
      return false;
    }
    try {
      references.saveAndFlush(new StoredReference(key, json, now));
      return true;
    } catch (DataIntegrityViolationException insertedMeanwhile) {
      references.replace(key, json, now);
      return false;
    }
  }

  private static ConversationReference conversationOnly(
      ConversationReference reference, String conversationId) {
    ConversationReference copy = Serialization.getAs(reference, ConversationReference.class);
    copy.setActivityId(null);
    if (conversationId != null) {
      var original = reference.getConversation();
      var conversation = new ConversationAccount(conversationId);
      conversation.setConversationType(original.getConversationType());
      conversation.setTenantId(original.getTenantId());
      conversation.setIsGroup(original.isGroup());
      copy.setConversation(conversation);
    }
    return copy;
  }

  @Transactional(readOnly = true)
  Optional<ConversationReference> find(String key) {
    return references
        .findByKey(key)
        .map(stored -> ActivityJson.stored(stored.json(), ConversationReference.class));
  }
}
