package org.interfacebot.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chair (or co-chair) of a group, appointed by another chair. */
@Entity
@Table(name = "group_chair")
final class Chair {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  private String name;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Chair() {}

  Chair(long groupId, String personKey, String name, Instant addedAt) {
    this.groupId = groupId;
    this.personKey = personKey;
    this.name = name;
    this.addedAt = addedAt;
  }

  long groupId() {
    return groupId;
  }

  String personKey() {
    return personKey;
  }

  String name() {
    return name;
  }
}
