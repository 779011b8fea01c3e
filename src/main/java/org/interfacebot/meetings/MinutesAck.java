package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A network acknowledged a meeting's minutes: who, and when. */
@Entity
@Table(name = "minutes_ack")
class MinutesAck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "acknowledged_by", nullable = false)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at", nullable = false)
  private Instant acknowledgedAt;

  protected MinutesAck() {}

  MinutesAck(long meetingId, long networkId, String acknowledgedBy, Instant acknowledgedAt) {
    this.meetingId = meetingId;
    this.networkId = networkId;
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedAt = acknowledgedAt;
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
