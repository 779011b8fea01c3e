package org.interfacebot.teams;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SDK's {@link Storage}, in the database. Values are kept as plain JSON and read back as maps:
 * no type names are stored and no class is ever loaded by a name found in the data. Each entry
 * carries an eTag; a write whose eTag is not the stored one fails, as the SDK's contract asks.
 */
@Component
class JpaBotStorage implements Storage {

  static final String ETAG = "eTag";
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final BotStateRepository rows;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

  JpaBotStorage(BotStateRepository rows, TransactionTemplate transactions, Clock clock) {
    this.rows = rows;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<Map<String, Object>> read(String[] keys) {
    return CompletableFuture.supplyAsync(() -> readNow(keys), Runnable::run);
  }

  @Override
  public CompletableFuture<Void> write(Map<String, Object> changes) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            transactions.executeWithoutResult(s -> writeNow(changes));
          } catch (org.springframework.dao.DataIntegrityViolationException createdMeanwhile) {
            // Two first turns in one conversation both created its state: write again, now as
            // an update of the row the other one created (its eTag rules still apply).
            transactions.executeWithoutResult(s -> writeNow(changes));
          }
        },
        Runnable::run);
  }

  @Override
  public CompletableFuture<Void> delete(String[] keys) {
    return CompletableFuture.runAsync(
        () -> transactions.executeWithoutResult(s -> rows.deleteAllById(java.util.List.of(keys))),
        Runnable::run);
  }

  private Map<String, Object> readNow(String[] keys) {
    var found = new LinkedHashMap<String, Object>();
    for (BotStateEntry row : rows.findAllById(java.util.List.of(keys))) {
      try {
        LinkedHashMap<String, Object> value = json.readValue(row.content(), MAP);
        value.put(ETAG, row.etag());
        found.put(row.key(), value);
      } catch (java.io.IOException unreadable) {
        throw new IllegalStateException("Stored bot state is not valid JSON", unreadable);
      }
    }
    return found;
  }

  private void writeNow(Map<String, Object> changes) {
    changes.forEach(
        (key, value) -> {
          Map<String, Object> content = json.convertValue(value, MAP);
          String expected = expectedEtag(value, content);
          content.remove(ETAG);
          if (content.isEmpty()) {
            // Nothing left to keep (e.g. a finished dialog): keep no row for the conversation.
            rows.findById(key).ifPresent(rows::delete);
            return;
          }
          String serialized;
          try {
            serialized = json.writeValueAsString(content);
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Bot state cannot be written as JSON", e);
          }
          String next = UUID.randomUUID().toString();
          var now = clock.instant();
          var existing = rows.findById(key);
          if (existing.isEmpty()) {
            rows.saveAndFlush(new BotStateEntry(key, serialized, next, now));
          } else if (expected == null || "*".equals(expected)) {
            existing.get().replace(serialized, next, now);
          } else if (rows.compareAndSet(key, expected, serialized, next, now) == 0) {
            throw new StateConflict(key);
          }
        });
  }

  private static String expectedEtag(Object value, Map<String, Object> content) {
    if (value instanceof StoreItem item) {
      return item.getETag();
    }
    Object tag = content.get(ETAG);
    return tag == null ? null : tag.toString();
  }

  /** Another turn changed this conversation's state since it was read. */
  static class StateConflict extends RuntimeException {
    StateConflict(String key) {
      super("eTag conflict writing bot state " + key);
    }
  }
}
