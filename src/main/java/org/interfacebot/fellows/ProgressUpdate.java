package org.interfacebot.fellows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interfacebot.chat.Person;
import org.interfacebot.privacy.Tombstone;

/**
 * A fellow's progress update on an assigned issue (it has passed the identifier guard), with the
 * fellow who wrote it: the issue may be handed to another fellow later. Updates stored before the
 * author was kept may have none (an earlier fellow, whom nothing recorded).
 */
@Entity
@Table(name = "fellow_update")
final class ProgressUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id", nullable = false)
  private long assignmentId;

  @Column(name = "author_key")
  private String authorKey;

  @Column(name = "author_name", length = 200)
  private String authorName;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected ProgressUpdate() {}

  ProgressUpdate(long assignmentId, Person author, String text, Instant postedAt) {
    this.assignmentId = assignmentId;
    this.authorKey = author.key();
    this.authorName = author.name();
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

  /** The author's key, or null when an update from before authors were kept has none. */
  String authorKey() {
    return authorKey;
  }

  String authorName() {
    return authorName;
  }

  /** The update stays for the group, no longer linked to (or naming) the fellow who wrote it. */
  void forgetAuthor() {
    if (authorKey != null && !Tombstone.is(authorKey)) {
      this.authorKey = Tombstone.next();
    }
    this.authorName = null;
  }
}
