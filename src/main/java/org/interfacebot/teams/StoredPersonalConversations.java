package org.interfacebot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Texts;
import org.interfacebot.governance.PersonalConversations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Teams side keeps about a person: the reference to their 1:1 chat and that chat's bot
 * state (an unfinished dialog).
 */
@Component
class StoredPersonalConversations implements PersonalConversations {

  private final StoredReferenceRepository references;
  private final ConversationReferences conversations;
  private final BotStateRepository states;
  private final Texts texts;

  StoredPersonalConversations(
      StoredReferenceRepository references,
      ConversationReferences conversations,
      BotStateRepository states,
      Texts texts) {
    this.texts = texts;
    this.references = references;
    this.conversations = conversations;
    this.states = states;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> heldFor(String personKey) {
    var held = new ArrayList<String>();
    if (references.findByKey(ConversationReferences.personalKey(personKey)).isPresent()) {
      held.add(texts.get("teams.my-data.reference"));
    }
    if (stateKey(personKey).filter(states::existsById).isPresent()) {
      held.add(texts.get("teams.my-data.dialog-state"));
    }
    return held;
  }

  @Override
  @Transactional
  public int forget(String personKey) {
    int deleted = 0;
    var state = stateKey(personKey).filter(states::existsById);
    if (state.isPresent()) {
      states.deleteById(state.get());
      deleted++;
    }
    return deleted + references.deleteByRefKey(ConversationReferences.personalKey(personKey));
  }

  /** The key the SDK's conversation state uses for the person's 1:1 chat. */
  private Optional<String> stateKey(String personKey) {
    return conversations
        .find(ConversationReferences.personalKey(personKey))
        .map(r -> r.getChannelId() + "/conversations/" + r.getConversation().getId());
  }
}
