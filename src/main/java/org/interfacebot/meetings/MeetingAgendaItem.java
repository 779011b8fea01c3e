package org.interfacebot.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issue on a held meeting's frozen agenda, at its place in the order. Ids only. */
@Entity
@Table(name = "meeting_agenda_item")
final class MeetingAgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "issue_id", nullable = false)
  private long issueId;

  @Column(nullable = false)
  private int position;

  protected MeetingAgendaItem() {}

  MeetingAgendaItem(long meetingId, long issueId, int position) {
    this.meetingId = meetingId;
    this.issueId = issueId;
    this.position = position;
  }

  long issueId() {
    return issueId;
  }
}
