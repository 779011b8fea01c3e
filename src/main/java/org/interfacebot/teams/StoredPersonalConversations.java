package org.interfacebot.teams;

import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interfacebot.chat.Texts;
import org.interfacebot.governance.PersonalConversations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Teams side keeps about a person: the reference to their 1:1 chat and that chat's bot
 * state (an unfinished dialog), the replies held for that chat, the deliveries queued for them or
 * naming them, the keys of messages sent to them, their id in the channels' references, and the
 * bot's replies that name them ({@link NamedReplies}).
 */
@Component
class StoredPersonalConversations implements PersonalConversations {

  private final StoredReferenceRepository references;
  private final ConversationReferences conversations;
  private final BotStateRepository states;
  private final JdbcTemplate jdbc;
  private final HeldReplies held;
  private final DeliveriesNamingPeople deliveries;
  private final NamedReplies named;
  private final Texts texts;

  StoredPersonalConversations(
      StoredReferenceRepository references,
      ConversationReferences conversations,
      BotStateRepository states,
      JdbcTemplate jdbc,
      HeldReplies held,
      DeliveriesNamingPeople deliveries,
      NamedReplies named,
      Texts texts) {
    this.named = named;
    this.jdbc = jdbc;
    this.held = held;
    this.deliveries = deliveries;
    this.texts = texts;
    this.references = references;
    this.conversations = conversations;
    this.states = states;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> heldFor(String personKey) {
    var held = new ArrayList<String>();
    var reference = conversations.find(ConversationReferences.personalKey(personKey));
    if (reference.isPresent()) {
      held.add(texts.get("teams.my-data.reference"));
    }
    if (stateKey(reference).filter(states::existsById).isPresent()) {
      held.add(texts.get("teams.my-data.dialog-state"));
    }
    int replies = chat(reference).map(this.held::heldFor).orElse(0);
    if (replies > 0) {
      held.add(texts.get("teams.my-data.held-replies", replies));
    }
    int queued = deliveries.heldFor(ids(personKey, reference));
    if (queued > 0) {
      held.add(texts.get("teams.my-data.deliveries", queued));
    }
    return held;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> namingFor(String personKey) {
    var reference = conversations.find(ConversationReferences.personalKey(personKey));
    int naming = named.heldFor(ids(personKey, reference));
    return naming == 0 ? List.of() : List.of(texts.get("teams.my-data.named-replies", naming));
  }

  @Override
  @Transactional
  public int forget(String personKey) {
    var reference = conversations.find(ConversationReferences.personalKey(personKey));
    var ids = ids(personKey, reference);
    var chat = chat(reference);
    // Replies held while Teams was down go with the chat: none is sent after this.
    int deleted = chat.map(held::forget).orElse(0) + deliveries.forget(ids);
    // Cards kept in the chat to be changed later (shadowing proposals) and replies kept in it that
    // name others (a chair's `chair add` typed in 1:1) point into the chat; the bot's own
    // messages, so not counted as the person's data.
    chat.ifPresent(id -> jdbc.update("delete from posted_card where conversation_id = ?", id));
    chat.ifPresent(named::forgetIn);
    conversations.forgetUser(ids);
    // The bot's replies in the channels that name the person are worded again without them, in
    // Teams too, and so are those held to send later; the bot's own messages, so not counted as
    // the person's data.
    named.forget(ids);
    held.leaveOut(ids);
    var state = stateKey(reference).filter(states::existsById);
    if (state.isPresent()) {
      states.deleteById(state.get());
      deleted++;
    }
    return deleted
        + references.deleteByRefKey(ConversationReferences.personalKey(personKey))
        + forgetSentMessages(personKey);
  }

  /**
   * Keys of messages sent to the person (a shadowing match, a sense-check's summary to a chair, and
   * from before those keys named the issue instead, a thanks for raising).
   */
  private int forgetSentMessages(String personKey) {
    String suffix = ":" + personKey;
    var keys =
        jdbc
            .queryForList(
                "select message_key from sent_message where message_key like ?",
                String.class,
                "%" + personKey)
            .stream()
            .filter(k -> k.endsWith(suffix))
            .toList();
    keys.forEach(k -> jdbc.update("delete from sent_message where message_key = ?", k));
    return keys.size();
  }

  /** The person's key and, from their 1:1 chat's reference, their Teams user id. */
  private static Set<String> ids(String personKey, Optional<ConversationReference> chat) {
    var ids = new LinkedHashSet<String>();
    ids.add(personKey);
    chat.filter(r -> r.getUser() != null && r.getUser().getId() != null)
        .ifPresent(r -> ids.add(r.getUser().getId()));
    return ids;
  }

  /** The id of the person's 1:1 chat, if its reference is kept. */
  private static Optional<String> chat(Optional<ConversationReference> chat) {
    return chat.map(r -> r.getConversation().getId());
  }

  /** The key the SDK's conversation state uses for the person's 1:1 chat. */
  private static Optional<String> stateKey(Optional<ConversationReference> chat) {
    return chat.map(r -> r.getChannelId() + "/conversations/" + r.getConversation().getId());
  }
}
