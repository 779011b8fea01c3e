package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interfacebot.chat.Person;

/** A network acknowledged a meeting's minutes: who, and when. */
@Entity
@Table(name = "minutes_ack")
final class MinutesAck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  /** Null once the person asked to be forgotten: the acknowledgement stays, their name goes. */
  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_by_key")
  private String acknowledgedByKey;

  @Column(name = "acknowledged_at", nullable = false)
  private Instant acknowledgedAt;

  protected MinutesAck() {}

  MinutesAck(long meetingId, long networkId, Person by, Instant acknowledgedAt) {
    this.meetingId = meetingId;
    this.networkId = networkId;
    this.acknowledgedBy = by.displayName();
    this.acknowledgedByKey = by.key();
    this.acknowledgedAt = acknowledgedAt;
  }

  void forgetAcknowledger() {
    this.acknowledgedBy = null;
    this.acknowledgedByKey = null;
  }

  long networkId() {
    return networkId;
  }

  String acknowledgedBy() {
    return acknowledgedBy;
  }

  Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
