package org.interfacebot.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interfacebot.chat.Person;

/** A member of a group's team, as far as the bot has seen them. */
@Entity
@Table(name = "group_member")
final class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  private String name;

  @Column(name = "teams_user_id")
  private String teamsUserId;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected Member() {}

  Member(long groupId, Person person, Instant seenAt) {
    this.groupId = groupId;
    this.personKey = person.key();
    this.name = person.name();
    this.teamsUserId = person.id();
    this.seenAt = seenAt;
  }

  void seen(Person person, Instant at) {
    if (person.name() != null && !person.name().isBlank()) {
      this.name = person.name();
    }
    if (person.id() != null) {
      this.teamsUserId = person.id();
    }
    this.seenAt = at;
  }

  long groupId() {
    return groupId;
  }

  String personKey() {
    return personKey;
  }

  Person person() {
    return new Person(teamsUserId, personKey, name);
  }
}
