package org.interfacebot.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of a group's team, as far as the bot has seen them. */
@Entity
@Table(name = "group_member")
class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  private String name;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected Member() {}

  Member(long groupId, String personKey, String name, Instant seenAt) {
    this.groupId = groupId;
    this.personKey = personKey;
    this.name = name;
    this.seenAt = seenAt;
  }

  void seen(String newName, Instant at) {
    if (newName != null && !newName.isBlank()) {
      this.name = newName;
    }
    this.seenAt = at;
  }
}
