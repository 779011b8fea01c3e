package org.interfacebot.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A card (or message) the bot posted in a channel, kept so that it can be updated later. */
@Entity
@Table(name = "posted_card")
final class PostedCard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** What the card shows, e.g. {@code triage:42}. */
  @Column(nullable = false, unique = true)
  private String subject;

  @Column(name = "conversation_id", nullable = false)
  private String conversationId;

  @Column(name = "activity_id", nullable = false)
  private String activityId;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  /** Set when what the card shows has changed; cleared when Teams has the new version. */
  @Column(nullable = false)
  private boolean stale;

  @Column(name = "refreshed_at")
  private Instant refreshedAt;

  protected PostedCard() {}

  PostedCard(String subject, String conversationId, String activityId, Instant postedAt) {
    this.subject = subject;
    this.conversationId = conversationId;
    this.activityId = activityId;
    this.postedAt = postedAt;
  }

  static String triage(long issueId) {
    return "triage:" + issueId;
  }

  /** A fellow's progress update, a text message, kept so that it can be shown again unnamed. */
  static String fellowUpdate(long updateId) {
    return "fellow-update:" + updateId;
  }

  /** The Teams conversation the card was posted in. */
  String conversationId() {
    return conversationId;
  }

  String activityId() {
    return activityId;
  }

  long id() {
    return id;
  }

  String subject() {
    return subject;
  }

  void refreshed(Instant at) {
    this.stale = false;
    this.refreshedAt = at;
  }
}
