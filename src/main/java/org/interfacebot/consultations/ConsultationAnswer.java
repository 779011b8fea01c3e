package org.interfacebot.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's answer; changed in place until the deadline. */
@Entity
@Table(name = "consultation_answer")
final class ConsultationAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id", nullable = false)
  private long consultationId;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  @Column(name = "person_name", length = 200)
  private String personName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Verdict verdict;

  @Column(length = 2000)
  private String comment;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected ConsultationAnswer() {}

  ConsultationAnswer(long consultationId, String personKey) {
    this.consultationId = consultationId;
    this.personKey = personKey;
  }

  void answer(String name, Verdict verdict, String comment, Instant now) {
    this.personName = name;
    this.verdict = verdict;
    this.comment = comment;
    this.answeredAt = now;
  }

  /** Keeps the answer for the group, no longer linked to the person. */
  void forget() {
    this.personKey = org.interfacebot.privacy.Tombstone.next();
    this.personName = null;
  }

  long consultationId() {
    return consultationId;
  }

  Verdict verdict() {
    return verdict;
  }

  String comment() {
    return comment;
  }

  String personName() {
    return personName;
  }
}
