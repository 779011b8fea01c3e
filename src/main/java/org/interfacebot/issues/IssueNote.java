package org.interfacebot.issues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** More information the reporter added after the group asked for it. */
@Entity
@Table(name = "issue_note")
final class IssueNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issue_id", nullable = false)
  private long issueId;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(nullable = false, length = 2000)
  private String text;

  protected IssueNote() {}

  IssueNote(long issueId, String text, Instant addedAt) {
    this.issueId = issueId;
    this.text = text;
    this.addedAt = addedAt;
  }

  String text() {
    return text;
  }
}
