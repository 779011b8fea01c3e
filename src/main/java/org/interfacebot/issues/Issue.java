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
import org.hibernate.annotations.DynamicUpdate;

/**
 * An interface issue as raised; its text has passed the patient-identifier guard. Written column by
 * column ({@link DynamicUpdate}): a change made without the row lock (forget me anonymising it, a
 * status moved, a referral's reply) writes only what it changed, not a sweep's flag set meanwhile.
 */
@Entity
@Table(name = "issue")
@DynamicUpdate
final class Issue {

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
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Impact impact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Frequency frequency;

  @Column(length = 1000)
  private String suggestion;

  @Column(name = "show_name", nullable = false)
  private boolean showName;

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

  @Column(name = "referred_to")
  private String referredTo;

  @Column(name = "referral_follow_up")
  private Instant referralFollowUp;

  @Column(name = "referral_reply", length = 2000)
  private String referralReply;

  @Column(name = "follow_up_reminded", nullable = false)
  private boolean followUpReminded;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

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
    this.title = draft.answer(Question.TITLE);
    this.description = draft.answer(Question.DESCRIPTION);
    this.category = draft.category();
    this.direction = Direction.valueOf(draft.answer(Question.DIRECTION));
    this.source = Source.valueOf(draft.answer(Question.SOURCE));
    this.impact = Impact.valueOf(draft.answer(Question.IMPACT));
    this.frequency = Frequency.valueOf(draft.answer(Question.FREQUENCY));
    String suggested = draft.answer(Question.SUGGESTION);
    this.suggestion = suggested.isEmpty() ? null : suggested;
    this.showName = draft.showName();
    this.status = IssueStatus.OPEN_FOR_TRIAGE;
    this.reporterKey = reporterKey;
    // The name is kept only when the reporter agreed to show it; feedback goes by the key.
    this.reporterName = showName ? reporterName : null;
    this.raisedAt = raisedAt;
    this.statusChangedAt = raisedAt;
    this.draftId = draft.draftId();
  }

  IssueStatus status() {
    return status;
  }

  void moveTo(IssueStatus next, Instant at) {
    this.status = next;
    this.statusChangedAt = at;
  }

  /** In one of the statuses (where the group's work is over) since before the cutoff. */
  boolean settledBefore(java.util.Set<IssueStatus> settled, Instant cutoff) {
    return settled.contains(status) && statusChangedAt.isBefore(cutoff);
  }

  /** Removes who raised it, keeping what they said for the group. */
  void anonymise(String tombstone) {
    this.reporterKey = tombstone;
    this.reporterName = null;
    this.showName = false;
  }

  Long id() {
    return id;
  }

  void referTo(String operationalGroup, Instant followUp) {
    this.referredTo = operationalGroup;
    this.referralFollowUp = followUp;
    this.followUpReminded = false;
  }

  void replied(String reply) {
    this.referralReply = reply;
  }

  void followUpReminded() {
    this.followUpReminded = true;
  }

  /** Referred, its follow-up date come, with no reply recorded and not chased yet. */
  boolean followUpDue(Instant now) {
    return status == IssueStatus.REFERRED
        && referralReply == null
        && !followUpReminded
        && referralFollowUp != null
        && !referralFollowUp.isAfter(now);
  }

  String referredTo() {
    return referredTo;
  }

  IssueSummary summary() {
    return new IssueSummary(
        id,
        groupId,
        reference,
        title,
        description,
        category,
        direction,
        source,
        impact,
        frequency,
        suggestion,
        status,
        reporterKey,
        reporterName,
        raisedAt);
  }
}
