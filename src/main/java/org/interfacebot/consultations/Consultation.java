package org.interfacebot.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new process put to the group's members for a sense-check before roll-out. */
@Entity
@Table(name = "consultation")
final class Consultation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 1000)
  private String link;

  @Column(nullable = false)
  private Instant deadline;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Consultation() {}

  Consultation(
      long groupId, String title, String link, Instant deadline, String openedBy, Instant now) {
    this.groupId = groupId;
    this.title = title;
    this.link = link;
    this.deadline = deadline;
    this.openedBy = openedBy;
    this.openedAt = now;
  }

  void forgetOpener() {
    this.openedBy = org.interfacebot.privacy.Tombstone.next();
  }

  long id() {
    return id;
  }

  long groupId() {
    return groupId;
  }

  String title() {
    return title;
  }

  String link() {
    return link;
  }

  Instant deadline() {
    return deadline;
  }

  boolean closed() {
    return closedAt != null;
  }

  /** Answers are taken until the deadline, even if the closing sweep has not run yet. */
  boolean openAt(Instant now) {
    return closedAt == null && now.isBefore(deadline);
  }
}
