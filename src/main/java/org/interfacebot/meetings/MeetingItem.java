package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An issue a chair put on or took off a meeting's agenda by hand (the rest follow from the theme),
 * and the outcome recorded for it.
 */
@Entity
@Table(name = "meeting_item")
final class MeetingItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "issue_id", nullable = false)
  private long issueId;

  /** True: added by a chair; false: removed by a chair. */
  @Column(nullable = false)
  private boolean added;

  @Column(length = 1000)
  private String outcome;

  protected MeetingItem() {}

  MeetingItem(long meetingId, long issueId, boolean added) {
    this.meetingId = meetingId;
    this.issueId = issueId;
    this.added = added;
  }

  void set(boolean nowAdded) {
    this.added = nowAdded;
  }

  void outcome(String text) {
    this.outcome = text;
  }

  long issueId() {
    return issueId;
  }

  boolean added() {
    return added;
  }

  String outcome() {
    return outcome;
  }
}
