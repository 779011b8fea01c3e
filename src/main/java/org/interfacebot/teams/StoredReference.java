package org.interfacebot.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conversation reference kept for proactive messages: a group's channel or a person's 1:1. */
@Entity
@Table(name = "conversation_reference")
final class StoredReference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ref_key", nullable = false, unique = true)
  private String key;

  @Column(name = "reference_json", nullable = false, length = 20_000)
  private String json;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StoredReference() {}

  StoredReference(String key, String json, Instant updatedAt) {
    this.key = key;
    this.json = json;
    this.updatedAt = updatedAt;
  }

  String key() {
    return key;
  }

  String json() {
    return json;
  }
}
