package org.interfacebot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit entry: written once, never changed (no setters; Hibernate ignores any change). */
@Entity
@Immutable
@Table(name = "audit_entry")
final class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  private String reference;

  @Column(nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Actor.Kind actor;

  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      long groupId,
      String reference,
      Instant at,
      AuditAction action,
      Actor.Kind actor,
      String detail) {
    this.groupId = groupId;
    this.reference = reference;
    this.at = at;
    this.action = action;
    this.actor = actor;
    this.detail = detail;
  }

  long id() {
    return id;
  }

  long groupId() {
    return groupId;
  }

  String reference() {
    return reference;
  }

  Instant at() {
    return at;
  }

  AuditAction action() {
    return action;
  }

  Actor.Kind actor() {
    return actor;
  }

  String detail() {
    return detail;
  }
}
