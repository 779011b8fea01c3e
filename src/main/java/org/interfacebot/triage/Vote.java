package org.interfacebot.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's current vote on one issue; changing the vote updates this row. */
@Entity
@Table(name = "triage_vote")
final class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issue_id", nullable = false)
  private long issueId;

  @Column(name = "voter_key", nullable = false)
  private String voterKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TriageChoice choice;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  protected Vote() {}

  Vote(long issueId, String voterKey, TriageChoice choice, Instant castAt) {
    this.issueId = issueId;
    this.voterKey = voterKey;
    this.choice = choice;
    this.castAt = castAt;
  }

  void change(TriageChoice newChoice, Instant at) {
    this.choice = newChoice;
    this.castAt = at;
  }

  void unlink(String tombstone) {
    this.voterKey = tombstone;
  }

  /**
   * Keeps the vote under the voter's key as the group now stores them: named, or hashed once a
   * chair has turned anonymous voting on.
   */
  void keepUnder(String storedKey) {
    this.voterKey = storedKey;
  }

  /** Whether the vote is kept under a keyed hash, so that nobody can tell whose choice it is. */
  boolean anonymous() {
    return VoterKeys.hidden(voterKey);
  }

  long issueId() {
    return issueId;
  }

  TriageChoice choice() {
    return choice;
  }

  String voterKey() {
    return voterKey;
  }
}
