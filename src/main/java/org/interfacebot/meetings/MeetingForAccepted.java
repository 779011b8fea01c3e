package org.interfacebot.meetings;

import java.time.Clock;
import java.util.Optional;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming meeting an issue the group accepts for discussion is for: the soonest of the group's
 * meetings not yet started whose agenda holds the issue once accepted (one of its theme, or one a
 * chair added it to). Triage asks when it accepts an issue, so that the issue is scheduled for that
 * meeting at once and its reporter hears, in one message, that it was accepted and when it will be
 * discussed, as the reporters of issues accepted before the meeting was set were told.
 *
 * <p>It looks under the group's row lock, as a chair setting a meeting does ({@link
 * Meetings#schedule}): an acceptance and a meeting set at the same moment take turns, so the second
 * sees what the first did (the meeting, or the issue accepted). The acceptance holds the issue's
 * triage round already: the lock order is round, group, then meeting and issue.
 */
@Service
public class MeetingForAccepted {

  /** The meeting, named as reporters read it: its theme in a sentence and its date and time. */
  public record Scheduled(String theme, String when) {}

  private final MeetingRepository meetings;
  private final Agendas agendas;
  private final Clock clock;
  private final Texts texts;

  private final Groups groups;

  MeetingForAccepted(
      MeetingRepository meetings, Agendas agendas, Clock clock, Texts texts, Groups groups) {
    this.groups = groups;
    this.meetings = meetings;
    this.agendas = agendas;
    this.clock = clock;
    this.texts = texts;
  }

  /**
   * The coming meeting whose agenda holds the issue once accepted, if the group has one. Called in
   * the transaction that accepts the issue, which keeps the group's row locked until it commits.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Scheduled> of(IssueSummary issue) {
    groups.takeTurns(issue.groupId());
    // A meeting that has started has a frozen agenda (or soon will): it takes no new issue.
    return meetings
        .findByGroupIdAndStartsAtAfterOrderByStartsAt(issue.groupId(), clock.instant())
        .stream()
        .filter(m -> m.agendaFrozenAt() == null)
        .filter(m -> agendas.holdsOnceAccepted(m, issue))
        .findFirst()
        .map(
            m ->
                new Scheduled(
                    texts.inSentence(m.theme()),
                    MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts)));
  }
}
