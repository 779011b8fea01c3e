package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.interfacebot.chat.DialogMemory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each conversation's unfinished dialog, in the database ({@code bot_state}): one row per
 * conversation, read at the start of a turn and written at its end only when the dialog changed.
 * The row is plain JSON, {@code {"dialog": …}}, never read into a type the data names. Each row
 * carries an eTag: a turn that read an older version than the stored one does not overwrite it.
 *
 * <p>This replaces the SDK's ConversationState, which built a new Jackson ObjectMapper (scanning
 * the class path for modules) and serialised the state twice on every turn (docs/benchmarks.md,
 * P2). Keys and rows are the ones ConversationState kept, so dialogs in flight carry on.
 */
@Component
class ConversationMemory {

  private static final String DIALOG = "dialog";

  private final BotStateRepository rows;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ObjectMapper json = JsonMapper.builder().build();

  ConversationMemory(BotStateRepository rows, TransactionTemplate transactions, Clock clock) {
    this.rows = rows;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A conversation's dialog memory as read, with the version it was read at (null: none). */
  record Loaded(String key, DialogMemory memory, String etag) {}

  Loaded load(Activity activity) {
    String key = key(activity);
    var row = rows.findById(key);
    if (row.isEmpty()) {
      return new Loaded(key, new DialogMemory(null), null);
    }
    return new Loaded(
        key, new DialogMemory(read(row.get().content()).get(DIALOG)), row.get().etag());
  }

  /**
   * Keeps the memory if the turn changed it: a finished dialog leaves no row behind.
   *
   * @throws StateConflict when another turn changed the conversation's memory since this one read
   *     it
   */
  void keep(Loaded loaded) {
    if (!loaded.memory().changed()) {
      return;
    }
    try {
      transactions.executeWithoutResult(s -> write(loaded));
    } catch (DataIntegrityViolationException createdMeanwhile) {
      // Two first turns in one conversation both started a dialog: the later one wins, as before.
      transactions.executeWithoutResult(s -> write(loaded));
    }
  }

  /** The key the SDK's ConversationState used: channel and conversation. */
  static String key(Activity activity) {
    if (activity.getChannelId() == null
        || activity.getConversation() == null
        || activity.getConversation().getId() == null) {
      throw new IllegalArgumentException("The activity names no channel or conversation");
    }
    return activity.getChannelId() + "/conversations/" + activity.getConversation().getId();
  }

  private void write(Loaded loaded) {
    JsonNode snapshot = loaded.memory().snapshot();
    if (snapshot == null) {
      forget(loaded);
      return;
    }
    var existing = rows.findById(loaded.key());
    String content = json.createObjectNode().set(DIALOG, snapshot).toString();
    String next = UUID.randomUUID().toString();
    var now = clock.instant();
    if (existing.isEmpty()) {
      rows.saveAndFlush(new BotStateEntry(loaded.key(), content, next, now));
    } else if (loaded.etag() == null) {
      existing.get().replace(content, next, now);
    } else if (rows.compareAndSet(loaded.key(), loaded.etag(), content, next, now) == 0) {
      throw new StateConflict(loaded.key());
    }
  }

  /**
   * A finished dialog removes the row it read, and only that version: a dialog another turn started
   * or moved on meanwhile is theirs (a conflict if this turn had read an older one). A row already
   * gone (the turn was "forget me", which deletes it) is what finishing wanted.
   */
  private void forget(Loaded loaded) {
    if (loaded.etag() != null
        && rows.deleteIfUnchanged(loaded.key(), loaded.etag()) == 0
        && rows.existsById(loaded.key())) {
      throw new StateConflict(loaded.key());
    }
  }

  private JsonNode read(String content) {
    try {
      return json.readTree(content);
    } catch (IOException unreadable) {
      throw new IllegalStateException("Stored dialog memory is not valid JSON", unreadable);
    }
  }

  /** Another turn changed this conversation's dialog since this turn read it. */
  static class StateConflict extends RuntimeException {
    StateConflict(String key) {
      super("The dialog memory of " + key + " changed during the turn");
    }
  }
}
