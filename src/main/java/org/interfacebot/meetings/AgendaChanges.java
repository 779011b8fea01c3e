package org.interfacebot.meetings;

import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chair's {@code agenda add|remove}: the issue joins or leaves a coming meeting's agenda, and its
 * status and reporter follow, as when a theme's agenda picks an issue up or drops it.
 */
@Service
class AgendaChanges {

  private final Meetings meetings;
  private final IssueProgress progress;
  private final Texts texts;
  private final OffTheAgenda offTheAgenda;

  AgendaChanges(Meetings meetings, IssueProgress progress, Texts texts, OffTheAgenda offTheAgenda) {
    this.offTheAgenda = offTheAgenda;
    this.meetings = meetings;
    this.progress = progress;
    this.texts = texts;
  }

  @Transactional
  void set(Meeting meeting, IssueSummary issue, boolean on) {
    boolean wasOn = meetings.agenda(meeting).stream().anyMatch(i -> i.id() == issue.id());
    meetings.setOnAgenda(meeting, issue, on);
    String when = MeetingDates.show(meeting.startsAt().atZone(MeetingDates.UK), texts);
    String theme = texts.inSentence(meeting.theme());
    // Only an accepted issue is waiting for a meeting: one in triage or done keeps its status.
    if (on && issue.status() == IssueStatus.ACCEPTED) {
      progress.moveTo(
          issue.id(),
          IssueStatus.SCHEDULED,
          texts.get("meetings.scheduled-to-reporter", theme, when));
    } else if (!on && wasOn) {
      offTheAgenda.removed(meeting, issue);
    }
  }
}
