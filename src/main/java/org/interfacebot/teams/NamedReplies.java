package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Wording;
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
 * The bot's replies that name people (a chair appointed, a fellow assigned, minutes acknowledged),
 * kept ({@code named_reply}) so that each can be worded again in Teams without a person who asks to
 * be forgotten. A reply is kept once Teams has it, in a transaction of its own, and forgotten once
 * it names nobody.
 */
@Component
class NamedReplies {

  private static final Logger log = LoggerFactory.getLogger(NamedReplies.class);

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final ProactiveMessenger messenger;
  private final Texts texts;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  NamedReplies(
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      ProactiveMessenger messenger,
      Texts texts,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.events = events;
    this.messenger = messenger;
    this.texts = texts;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Keeps a reply Teams has just taken with this id, in the conversation of {@code posted}. The
   * turn is done by then: a reply that cannot be kept is logged, not failed.
   */
  void keep(ConversationReference posted, String activityId, Wording wording) {
    if (activityId == null || activityId.isBlank() || wording.personKeys().isEmpty()) {
      return;
    }
    // Not whom the reply answered: only where it is.
    var reference = Serialization.getAs(posted, ConversationReference.class);
    reference.setUser(null);
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into named_reply (conversation_id, reference_json, activity_id,"
                      + " wording_json, person_keys, posted_at) values (?, ?, ?, ?, ?, ?)",
                  reference.getConversation().getId(),
                  Serialization.toStringSilent(reference),
                  activityId,
                  json(wording),
                  keys(wording),
                  Timestamp.from(clock.instant())));
    } catch (RuntimeException failed) {
      // The class only: a database's message can hold the values, names among them.
      log.error(
          "A reply naming people was posted but not kept ({})", failed.getClass().getSimpleName());
    }
  }

  /** How many kept replies name the person, known by any of these ids. */
  int heldFor(Set<String> ids) {
    return rowsNaming(ids).size();
  }

  /**
   * Leaves the person, known by any of these ids, out of every kept reply that names them, in the
   * caller's transaction, and has each worded again in Teams once it commits ({@link NameLeftOut}).
   * How many.
   */
  int forget(Set<String> ids) {
    var rows = rowsNaming(ids);
    for (var row : rows) {
      long id = ((Number) row.get("id")).longValue();
      var wording = wording(String.valueOf(row.get("wording_json"))).forgetting(ids);
      jdbc.update(
          "update named_reply set wording_json = ?, person_keys = ? where id = ?",
          json(wording),
          keys(wording),
          id);
      events.publishEvent(new NameLeftOut(id));
    }
    return rows.size();
  }

  /** A wording's text, as it reads now. */
  String say(Wording wording) {
    return texts.say(wording);
  }

  /**
   * Forgets the replies posted in a conversation (a 1:1 chat whose person asks to be forgotten).
   */
  void forgetIn(String conversationId) {
    jdbc.update("delete from named_reply where conversation_id = ?", conversationId);
  }

  /**
   * Shows a reply as it now reads; once it names nobody it is forgotten. One Teams refuses for good
   * (deleted in Teams) is not tried again.
   */
  @ApplicationModuleListener
  void on(NameLeftOut left) {
    var rows =
        jdbc.queryForList(
            "select reference_json, activity_id, wording_json from named_reply where id = ?",
            left.replyId());
    if (rows.isEmpty()) {
      return;
    }
    var row = rows.get(0);
    var wording = wording(String.valueOf(row.get("wording_json")));
    messenger.updateUnlessRefused(
        ActivityJson.stored(String.valueOf(row.get("reference_json")), ConversationReference.class),
        String.valueOf(row.get("activity_id")),
        MessageFactory.text(texts.say(wording)));
    if (wording.personKeys().isEmpty()) {
      jdbc.update("delete from named_reply where id = ?", left.replyId());
    }
  }

  /** The kept replies that name any of these ids, each once. */
  private List<Map<String, Object>> rowsNaming(Set<String> ids) {
    var rows = new LinkedHashMap<Object, Map<String, Object>>();
    for (String id : ids) {
      jdbc
          .queryForList(
              "select id, wording_json, person_keys from named_reply where person_keys like ?",
              "% " + id + " %")
          .stream()
          .filter(row -> String.valueOf(row.get("person_keys")).contains(" " + id + " "))
          .forEach(row -> rows.putIfAbsent(row.get("id"), row));
    }
    return List.copyOf(rows.values());
  }

  /** The keys of the people a wording names, each between spaces, to be found with like. */
  private static String keys(Wording wording) {
    var keys = new StringBuilder(" ");
    wording.personKeys().forEach(key -> keys.append(key).append(' '));
    return keys.toString();
  }

  /** A wording as kept: its key, and its parts as text, a person (key and name) or forgotten. */
  static String json(Wording wording) {
    var nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode().put("key", wording.key());
    var parts = json.putArray("parts");
    for (var part : wording.parts()) {
      if (part instanceof Wording.Plain plain) {
        parts.addObject().put("text", plain.text());
      } else if (part instanceof Wording.Named named) {
        parts.addObject().put("person", named.personKey()).put("name", named.name());
      } else {
        parts.addObject().put("forgotten", true);
      }
    }
    return json.toString();
  }

  /** A wording read back from {@link #json(Wording)}. */
  static Wording wording(String json) {
    JsonNode tree = ActivityJson.stored(json, JsonNode.class);
    var parts = new ArrayList<Wording.Part>();
    for (JsonNode part : tree.path("parts")) {
      if (part.has("text")) {
        parts.add(new Wording.Plain(part.get("text").asText()));
      } else if (part.has("person")) {
        parts.add(new Wording.Named(part.get("person").asText(), part.path("name").asText()));
      } else {
        parts.add(new Wording.Forgotten());
      }
    }
    return new Wording(tree.path("key").asText(), parts);
  }

  /** A kept reply names one person fewer, to be shown again as it now reads. */
  record NameLeftOut(long replyId) {}
}
