package org.interfacebot.fellows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interfacebot.chat.Person;

/** The fellow an issue is assigned to; a later assignment of the same issue replaces the fellow. */
@Entity
@Table(name = "fellow_assignment")
final class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issue_id", nullable = false, unique = true)
  private long issueId;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "fellow_key", nullable = false)
  private String fellowKey;

  @Column(name = "fellow_teams_id", nullable = false)
  private String fellowTeamsId;

  @Column(name = "fellow_name", length = 200)
  private String fellowName;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected Assignment() {}

  Assignment(long issueId, long groupId) {
    this.issueId = issueId;
    this.groupId = groupId;
  }

  void assign(Person fellow, String chairKey, Instant now) {
    this.fellowKey = fellow.key();
    this.fellowTeamsId = fellow.id();
    this.fellowName = fellow.name();
    this.assignedBy = chairKey;
    this.assignedAt = now;
  }

  /** Keeps the assignment and its updates for the group, no longer linked to the person. */
  void forgetFellow() {
    this.fellowKey = org.interfacebot.privacy.Tombstone.next();
    this.fellowTeamsId = this.fellowKey;
    this.fellowName = null;
  }

  void forgetChair() {
    this.assignedBy = org.interfacebot.privacy.Tombstone.next();
  }

  long id() {
    return id;
  }

  long issueId() {
    return issueId;
  }

  long groupId() {
    return groupId;
  }

  String assignedBy() {
    return assignedBy;
  }

  String fellowKey() {
    return fellowKey;
  }

  Person fellow() {
    return new Person(fellowTeamsId, fellowKey, fellowName);
  }
}
