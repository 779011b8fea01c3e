package org.interfacebot.issues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An interface issue as raised; its text has passed the patient-identifier guard. */
@Entity
@Table(name = "issue")
class Issue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(nullable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, length = IssueLimits.DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IssueStatus status;

  @Column(name = "reporter_key", nullable = false)
  private String reporterKey;

  @Column(name = "reporter_name")
  private String reporterName;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "draft_id", nullable = false, unique = true)
  private String draftId;

  protected Issue() {}

  Issue(
      long groupId,
      String reference,
      RaiseDraft draft,
      String reporterKey,
      String reporterName,
      Instant raisedAt) {
    this.groupId = groupId;
    this.reference = reference;
    this.title = draft.title();
    this.description = draft.description();
    this.category = draft.category();
    this.status = IssueStatus.OPEN_FOR_TRIAGE;
    this.reporterKey = reporterKey;
    this.reporterName = reporterName;
    this.raisedAt = raisedAt;
    this.draftId = draft.draftId();
  }

  IssueSummary summary() {
    return new IssueSummary(
        id,
        groupId,
        reference,
        title,
        description,
        category,
        status,
        reporterKey,
        reporterName,
        raisedAt);
  }
}
