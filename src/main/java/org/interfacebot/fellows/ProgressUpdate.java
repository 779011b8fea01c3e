package org.interfacebot.fellows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fellow's progress update on an assigned issue (it has passed the identifier guard). */
@Entity
@Table(name = "fellow_update")
final class ProgressUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id", nullable = false)
  private long assignmentId;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected ProgressUpdate() {}

  ProgressUpdate(long assignmentId, String text, Instant postedAt) {
    this.assignmentId = assignmentId;
    this.text = text;
    this.postedAt = postedAt;
  }

  long id() {
    return id;
  }

  long assignmentId() {
    return assignmentId;
  }

  String text() {
    return text;
  }
}
