package org.interfacebot.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One SDK storage entry: a conversation's state as JSON, with its eTag. */
@Entity
@Table(name = "bot_state")
final class BotStateEntry {

  @Id
  @Column(name = "storage_key")
  private String key;

  @Column(nullable = false, length = 1_000_000)
  private String content;

  @Column(nullable = false)
  private String etag;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected BotStateEntry() {}

  BotStateEntry(String key, String content, String etag, Instant updatedAt) {
    this.key = key;
    this.content = content;
    this.etag = etag;
    this.updatedAt = updatedAt;
  }

  void replace(String newContent, String newEtag, Instant at) {
    this.content = newContent;
    this.etag = newEtag;
    this.updatedAt = at;
  }

  String key() {
    return key;
  }

  String content() {
    return content;
  }

  String etag() {
    return etag;
  }
}
