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

  /**
   * Null when Teams left the name out (the wording for an unnamed person is chosen when shown, so a
   * name learnt later can show instead), and once the person asked to be forgotten (then the key is
   * null too): the acknowledgement stays, their name goes.
   */
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
    this.acknowledgedBy = by.name() == null || by.name().isBlank() ? null : by.name().strip();
    this.acknowledgedByKey = by.key();
    this.acknowledgedAt = acknowledgedAt;
  }

  /** Corrected minutes were shared since: this acknowledgement now counts for them. */
  void renew(Person by, Instant at) {
    this.acknowledgedBy = by.name() == null || by.name().isBlank() ? null : by.name().strip();
    this.acknowledgedByKey = by.key();
    this.acknowledgedAt = at;
  }

  /** Made for the minutes as they were shared last, not for minutes since corrected. */
  boolean isFor(Meeting meeting) {
    return meeting.minutesAt() == null || !acknowledgedAt.isBefore(meeting.minutesAt());
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

  /** Null once the acknowledger asked to be forgotten. */
  String acknowledgedByKey() {
    return acknowledgedByKey;
  }

  Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
