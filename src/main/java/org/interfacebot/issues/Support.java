package org.interfacebot.issues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clinician's "+1": they met the same problem and added their experience to an existing issue
 * instead of raising a duplicate. One per person and issue.
 */
@Entity
@Table(name = "issue_support")
final class Support {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issue_id", nullable = false)
  private long issueId;

  @Column(name = "supporter_key", nullable = false)
  private String supporterKey;

  @Column(length = 1000)
  private String comment;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Support() {}

  Support(long issueId, String supporterKey, String comment, Instant addedAt) {
    this.issueId = issueId;
    this.supporterKey = supporterKey;
    this.comment = comment;
    this.addedAt = addedAt;
  }

  String comment() {
    return comment;
  }

  String supporterKey() {
    return supporterKey;
  }

  void unlink(String tombstone) {
    this.supporterKey = tombstone;
  }

  void update(String newComment, Instant at) {
    if (newComment != null) {
      this.comment = newComment;
    }
    this.addedAt = at;
  }
}
