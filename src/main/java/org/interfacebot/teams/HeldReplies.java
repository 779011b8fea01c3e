package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interfacebot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies to a turn that Teams could not take at that moment (its connector was down, or answered
 * 429): kept in the event publication registry and sent to the same conversation once Teams takes
 * them again ({@link FailedDeliveries}), each once. The turn itself succeeded and its changes are
 * kept, so Teams gets its usual answer and does not deliver the activity again.
 */
@Component
class HeldReplies {

  private static final Logger log = LoggerFactory.getLogger(HeldReplies.class);

  private final ApplicationEventPublisher events;
  private final TransactionTemplate ownTransaction;
  private final ProactiveMessenger messenger;
  private final SentMessages sent;
  private final JdbcTemplate jdbc;
  private final NamedReplies named;

  HeldReplies(
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      ProactiveMessenger messenger,
      SentMessages sent,
      JdbcTemplate jdbc,
      NamedReplies named) {
    this.named = named;
    this.events = events;
    this.jdbc = jdbc;
    this.messenger = messenger;
    this.sent = sent;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Keeps the replies not yet sent in answer to {@code turn}, in order, to send later; with the
   * wording of each that names people, to keep it once sent ({@link NamedReplies}).
   */
  void hold(Activity turn, List<Reply> unsent) {
    var held =
        new RepliesHeld(
            UUID.randomUUID().toString(),
            Serialization.toStringSilent(withoutName(turn.getConversationReference())),
            unsent.stream().map(CardMessages::of).map(Serialization::toStringSilent).toList(),
            unsent.stream()
                .map(
                    r ->
                        r instanceof Reply.Naming naming ? NamedReplies.json(naming.wording()) : "")
                .toList());
    ownTransaction.executeWithoutResult(status -> events.publishEvent(held));
    log.warn(
        "Teams did not take {} replies to a {} activity; held to send later",
        unsent.size(),
        turn.getType());
  }

  @ApplicationModuleListener
  void on(RepliesHeld held) {
    var reference = ActivityJson.stored(held.reference(), ConversationReference.class);
    for (int part = 0; part < held.activities().size(); part++) {
      Activity activity = readBack(held.activities().get(part));
      var wording = held.wording(part).map(NamedReplies::wording);
      sent.once(
          "held:" + held.id() + ":" + part,
          () ->
              messenger
                  .send(reference, activity)
                  .ifPresent(id -> wording.ifPresent(w -> named.keep(reference, id, w))));
    }
  }

  /**
   * Leaves the person, known by any of these ids, out of the held replies not yet sent that name
   * them (a chair appointed while Teams was down): each is held as it now reads, so that it goes
   * out without the name. How many deliveries were changed.
   */
  int leaveOut(Set<String> ids) {
    int changed = 0;
    for (var row :
        jdbc.queryForList(
            "select id, serialized_event from event_publication"
                + " where event_type = ? and completion_date is null",
            RepliesHeld.class.getName())) {
      var left = leftOut(String.valueOf(row.get("serialized_event")), ids);
      if (left.isPresent()) {
        jdbc.update(
            "update event_publication set serialized_event = ? where id = ?",
            left.get(),
            row.get("id"));
        changed++;
      }
    }
    return changed;
  }

  /** The held replies as they read without the person; empty when none names them. */
  private Optional<String> leftOut(String serialized, Set<String> ids) {
    JsonNode event;
    try {
      event = Serialization.jsonToTree(serialized);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
    if (!(event.path("wordings") instanceof ArrayNode wordings)
        || !(event.path("activities") instanceof ArrayNode activities)) {
      return Optional.empty();
    }
    boolean changed = false;
    for (int part = 0; part < wordings.size() && part < activities.size(); part++) {
      String json = wordings.get(part).asText("");
      if (json.isBlank()) {
        continue;
      }
      var wording = NamedReplies.wording(json);
      if (Collections.disjoint(wording.personKeys(), ids)) {
        continue;
      }
      var left = wording.forgetting(ids);
      Activity activity = ActivityJson.stored(activities.get(part).asText(), Activity.class);
      activity.setText(named.say(left));
      activities.set(part, TextNode.valueOf(Serialization.toStringSilent(activity)));
      wordings.set(part, TextNode.valueOf(NamedReplies.json(left)));
      changed = true;
    }
    return changed ? Optional.of(event.toString()) : Optional.empty();
  }

  /**
   * A held reply as the SDK can send it. A card read back from JSON is a map holding lists, whose
   * fields the SDK's validator (restclient.Validator) tries to open by reflection, which Java 17
   * refuses: the reply would fail at every try. As a JSON tree, as the bot sends cards, it does
   * not.
   */
  private static Activity readBack(String json) {
    Activity activity = ActivityJson.stored(json, Activity.class);
    if (activity.getAttachments() != null) {
      activity.getAttachments().stream()
          .filter(a -> a.getContent() != null && !(a.getContent() instanceof JsonNode))
          .forEach(a -> a.setContent(Serialization.objectToTree(a.getContent())));
    }
    return activity;
  }

  /**
   * The replies held for a conversation, still to be sent or already sent (the registry keeps those
   * for a while): each holds what the bot said and whom to.
   */
  int heldFor(String conversationId) {
    return heldRows(conversationId).size();
  }

  /** Deletes the replies held for a conversation, sent or not, so none is ever sent; how many. */
  int forget(String conversationId) {
    var rows = heldRows(conversationId);
    rows.forEach(id -> jdbc.update("delete from event_publication where id = ?", id));
    return rows.size();
  }

  private List<Object> heldRows(String conversationId) {
    return jdbc
        .queryForList(
            "select id, serialized_event from event_publication where event_type = ?",
            RepliesHeld.class.getName())
        .stream()
        .filter(row -> conversationId.equals(conversationOf(row.get("serialized_event"))))
        .map(row -> row.get("id"))
        .toList();
  }

  /** The conversation a held reply goes to, as the registry stored it; null if unreadable. */
  private static String conversationOf(Object serialized) {
    try {
      String reference =
          Serialization.jsonToTree(String.valueOf(serialized)).path("reference").asText("");
      return Serialization.jsonToTree(reference).path("conversation").path("id").asText(null);
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** The person is named in the reply if at all; their id is enough to reach the conversation. */
  private static ConversationReference withoutName(ConversationReference reference) {
    var copy = Serialization.getAs(reference, ConversationReference.class);
    if (copy.getUser() != null) {
      copy.setUser(new ChannelAccount(copy.getUser().getId()));
    }
    return copy;
  }

  /**
   * Replies held for a conversation: its reference and the activities, as the SDK writes them.
   * {@code id} names the replies so that each is sent once, however often this is delivered.
   */
  record RepliesHeld(String id, String reference, List<String> activities, List<String> wordings) {

    /** The wording of a reply that names people; none for others and in older events. */
    Optional<String> wording(int part) {
      return Optional.ofNullable(wordings)
          .filter(w -> part < w.size())
          .map(w -> w.get(part))
          .filter(w -> !w.isBlank());
    }
  }
}
