package org.interfacebot.meetings;

import java.util.EnumSet;
import java.util.List;
import org.interfacebot.chat.Label;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues on a held meeting's agenda that got no outcome and still wait for a meeting. They stay for
 * the next meeting of their theme, whose agenda takes its accepted and scheduled issues: the chair
 * sharing the minutes hears which they are, and each reporter where the issue goes next.
 */
@Service
class Undiscussed {

  private static final EnumSet<IssueStatus> WAITING =
      EnumSet.of(IssueStatus.ACCEPTED, IssueStatus.SCHEDULED);

  private final Meetings meetings;
  private final ComingAgendas coming;
  private final Texts texts;

  Undiscussed(Meetings meetings, ComingAgendas coming, Texts texts) {
    this.meetings = meetings;
    this.coming = coming;
    this.texts = texts;
  }

  /** The held meeting's agenda issues with no outcome that wait for the next meeting. */
  @Transactional(readOnly = true)
  List<IssueSummary> of(Meeting held) {
    return meetings.agenda(held).stream()
        .filter(i -> WAITING.contains(i.status()))
        .filter(i -> meetings.outcomeOf(held, i.id()).isEmpty())
        .toList();
  }

  /**
   * What the reporter of an issue with no outcome is told with the minutes: the coming meeting
   * whose agenda holds it, or that it waits for one of its theme; an issue that waits for no
   * meeting (one a chair added while still in triage) is left to the chairs.
   */
  @Transactional(readOnly = true)
  String toReporter(Meeting held, IssueSummary issue) {
    if (!WAITING.contains(issue.status())) {
      return texts.get("meetings.minutes.no-outcome-to-reporter");
    }
    return coming
        .nextHolding(held, issue.id())
        .map(
            next ->
                texts.get(
                    "meetings.minutes.no-outcome-next-to-reporter",
                    lower(next.theme()),
                    MeetingDates.show(next.startsAt().atZone(MeetingDates.UK), texts)))
        .orElseGet(
            () ->
                texts.get(
                    "meetings.minutes.no-outcome-waits-to-reporter", lower(issue.category())));
  }

  private String lower(Label label) {
    return texts.inSentence(label);
  }
}
