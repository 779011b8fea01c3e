package org.interfacebot.teams;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.Collection;
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

  /**
   * The conversation without the message it came with, and without the person's name: a 1:1 chat
   * keeps only the person's ids, a channel nobody (its reference comes with the message of whoever
   * added the bot, and a channel is posted to without one).
   */
  private static ConversationReference conversationOnly(
      ConversationReference reference, String conversationId) {
    ConversationReference copy = Serialization.getAs(reference, ConversationReference.class);
    copy.setActivityId(null);
    copy.setUser(conversationId == null ? idsOnly(copy.getUser()) : null);
    if (conversationId != null) {
      copy.setConversation(likeIt(reference.getConversation(), conversationId));
    }
    return copy;
  }

  /** Another conversation of the same kind and tenant as {@code original}: a channel's, say. */
  static ConversationAccount likeIt(ConversationAccount original, String conversationId) {
    var conversation = new ConversationAccount(conversationId);
    conversation.setConversationType(original.getConversationType());
    conversation.setTenantId(original.getTenantId());
    conversation.setIsGroup(original.isGroup());
    return conversation;
  }

  private static ChannelAccount idsOnly(ChannelAccount user) {
    if (user == null) {
      return null;
    }
    var ids = new ChannelAccount(user.getId());
    ids.setAadObjectId(user.getAadObjectId());
    return ids;
  }

  /**
   * Removes a person from the channels' references kept before those held nobody (the install
   * event's reference names whoever added the bot); returns how many changed.
   */
  @Transactional
  int forgetUser(Collection<String> ids) {
    int changed = 0;
    for (var stored : references.findByKeyStartingWith(channelKey(""))) {
      var reference = ActivityJson.stored(stored.json(), ConversationReference.class);
      var user = reference.getUser();
      if (user != null && (ids.contains(user.getId()) || ids.contains(user.getAadObjectId()))) {
        reference.setUser(null);
        changed +=
            references.replace(
                stored.key(), Serialization.toStringSilent(reference), clock.instant());
      }
    }
    return changed;
  }

  /**
   * The key of the 1:1 chat with this Teams conversation id, if its reference is kept: how a card
   * posted there is found again without the person's key (the person may be left out of the event
   * that changes it). None once the person asked to be forgotten: their chat's reference went.
   */
  @Transactional(readOnly = true)
  Optional<String> personalChat(String conversationId) {
    return references
        .findByKeyStartingWithAndJsonContaining(personalKey(""), conversationId)
        .stream()
        // The search narrows; the check that follows is exact.
        .filter(
            stored ->
                conversationId.equals(
                    ActivityJson.stored(stored.json(), ConversationReference.class)
                        .getConversation()
                        .getId()))
        .map(StoredReference::key)
        .findFirst();
  }

  @Transactional(readOnly = true)
  Optional<ConversationReference> find(String key) {
    return references
        .findByKey(key)
        .map(stored -> ActivityJson.stored(stored.json(), ConversationReference.class));
  }
}
