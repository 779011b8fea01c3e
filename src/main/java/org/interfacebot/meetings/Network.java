package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A network (GP subgroup, Clinical Management Group, ...) whose team channel gets the minutes. */
@Entity
@Table(name = "network")
final class Network {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "team_id", nullable = false, unique = true)
  private String teamId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Network() {}

  Network(long groupId, String teamId, String name, Instant addedAt) {
    this.groupId = groupId;
    this.teamId = teamId;
    this.name = name;
    this.addedAt = addedAt;
  }

  void rename(String newName) {
    this.name = newName;
  }

  Long id() {
    return id;
  }

  long groupId() {
    return groupId;
  }

  String teamId() {
    return teamId;
  }

  String name() {
    return name;
  }

  /** When a chair made the channel a network; before then it was sent no minutes. */
  Instant addedAt() {
    return addedAt;
  }
}
