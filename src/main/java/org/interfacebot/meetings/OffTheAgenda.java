package org.interfacebot.meetings;

import java.time.ZonedDateTime;
import org.interfacebot.chat.Label;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled issue taken off a coming meeting's agenda (the chair removed it, or the meeting got
 * another theme): its reporter hears which meeting it is on now, or that it waits for a later one
 * of its theme and is accepted again. An issue that is for an earlier meeting than this one stays
 * as its reporter was told.
 */
@Service
class OffTheAgenda {

  private final ComingAgendas coming;
  private final IssueProgress progress;
  private final Texts texts;

  OffTheAgenda(ComingAgendas coming, IssueProgress progress, Texts texts) {
    this.coming = coming;
    this.progress = progress;
    this.texts = texts;
  }

  /** Off the agenda of a meeting that was on {@code was} and now has another theme. */
  @Transactional
  void replaced(Meeting meeting, IssueSummary issue, ZonedDateTime was) {
    off(meeting, issue, "meetings.unscheduled", show(was), texts.label(meeting.theme()));
  }

  /** Off the agenda of the meeting, by a chair's {@code agenda remove}. */
  @Transactional
  void removed(Meeting meeting, IssueSummary issue) {
    offThe(meeting, issue, "meetings.removed");
  }

  /** Off the agenda of the meeting, which a chair cancelled. */
  @Transactional
  void cancelled(Meeting meeting, IssueSummary issue) {
    offThe(meeting, issue, "meetings.cancelled");
  }

  /** Off the meeting's agenda, which the message names by its theme and time. */
  private void offThe(Meeting meeting, IssueSummary issue, String key) {
    off(
        meeting,
        issue,
        key,
        lower(meeting.theme()),
        show(meeting.startsAt().atZone(MeetingDates.UK)));
  }

  private void off(Meeting meeting, IssueSummary issue, String key, String first, String second) {
    if (issue.status() != IssueStatus.SCHEDULED) {
      return;
    }
    var other = coming.nextHolding(meeting, issue.id());
    if (other.isEmpty()) {
      progress.moveTo(
          issue.id(),
          IssueStatus.ACCEPTED,
          texts.get(key + "-to-reporter", first, second, lower(issue.category())));
    } else if (other.get().startsAt().isAfter(meeting.startsAt())) {
      // It was for this meeting and is for a later one now; one for an earlier meeting is not
      // this one's to tell.
      progress.tell(
          issue.id(),
          texts.get(
              key + "-elsewhere-to-reporter",
              first,
              second,
              lower(other.get().theme()),
              show(other.get().startsAt().atZone(MeetingDates.UK))));
    }
  }

  private String show(ZonedDateTime when) {
    return MeetingDates.show(when, texts);
  }

  private String lower(Label label) {
    return texts.inSentence(label);
  }
}
