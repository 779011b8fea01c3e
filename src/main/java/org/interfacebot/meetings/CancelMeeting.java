package org.interfacebot.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.UkDates;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Component;

/**
 * {@code meetings cancel <day>} (chairs): the day's meeting is cancelled ({@link
 * MeetingCancellation}). The day is the coming one it names or, with no meeting that day and no
 * year given, the last such day gone: a meeting set on the wrong day and passed can go too.
 */
@Component
class CancelMeeting {

  private final ChairGate gate;
  private final Meetings meetings;
  private final MeetingCancellation cancellation;
  private final Clock clock;
  private final Texts texts;

  CancelMeeting(
      ChairGate gate,
      Meetings meetings,
      MeetingCancellation cancellation,
      Clock clock,
      Texts texts) {
    this.gate = gate;
    this.meetings = meetings;
    this.cancellation = cancellation;
    this.clock = clock;
    this.texts = texts;
  }

  /** Whether the turn's words after {@code meetings} ask to cancel. */
  static boolean asks(String rest) {
    return rest.strip().toLowerCase(java.util.Locale.ROOT).matches("cancel(\\s.*)?");
  }

  Reply handle(Turn turn) {
    var g = gate.chair(turn, "meetings.what.cancel");
    if (g.refusal() != null) {
      return Reply.text(g.refusal());
    }
    // A sentence's full stop is not part of the day.
    String typed =
        turn.rest().strip().substring("cancel".length()).strip().replaceAll("[.,;]$", "");
    if (typed.isEmpty()) {
      return texts.reply("meetings.cancel.how");
    }
    LocalDate today = clock.instant().atZone(MeetingDates.UK).toLocalDate();
    var day = UkDates.day(typed, today);
    if (day.isEmpty()) {
      return texts.reply("meetings.cancel.unreadable");
    }
    long groupId = g.group().id();
    Optional<Meeting> meeting =
        meetings
            .onDay(groupId, day.get())
            .or(() -> UkDates.pastDay(typed, today).flatMap(d -> meetings.onDay(groupId, d)));
    if (meeting.isEmpty()) {
      return texts.reply(
          "meetings.cancel.none",
          day.get()
              .format(
                  java.time.format.DateTimeFormatter.ofPattern(
                      texts.get("meetings.cancel.day-pattern"), texts.locale())));
    }
    String theme = texts.inSentence(meeting.get().theme());
    String when = MeetingDates.show(meeting.get().startsAt().atZone(MeetingDates.UK), texts);
    try {
      return cancellation
          .cancel(meeting.get().id(), turn.from())
          .map(
              c -> {
                var agenda = c.agenda().stream().map(IssueSummary::reference).toList();
                return texts.reply(
                    "meetings.cancel.done", theme, when, agenda.size(), String.join(", ", agenda));
              })
          .orElseGet(() -> texts.reply("meetings.cancel.gone", theme, when));
    } catch (MeetingCancellation.TookPlace tookPlace) {
      return texts.reply("meetings.cancel.took-place", theme, when);
    }
  }
}
