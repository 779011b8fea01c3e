package org.interfacebot.meetings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.IssueSummary;
import org.springframework.stereotype.Component;

/**
 * {@code meetings}: the group's upcoming meetings and the last three held, with their agendas;
 * {@code meetings cancel <day>} (chairs) cancels one ({@link CancelMeeting}).
 */
@Component
class MeetingsCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final CancelMeeting cancel;
  private final Texts texts;

  MeetingsCommand(ChairGate gate, Meetings meetings, CancelMeeting cancel, Texts texts) {
    this.cancel = cancel;
    this.texts = texts;
    this.gate = gate;
    this.meetings = meetings;
  }

  @Override
  public List<String> words() {
    return List.of("meetings");
  }

  @Override
  public String usage() {
    return texts.get("meetings.meetings.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.meetings.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    if (CancelMeeting.asks(turn.rest())) {
      return List.of(cancel.handle(turn));
    }
    var g = gate.group(turn);
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    var upcoming = meetings.upcoming(g.group().id());
    var held = meetings.held(g.group().id());
    if (upcoming.isEmpty() && held.isEmpty()) {
      return List.of(texts.reply("meetings.meetings.none", texts.get("meetings.theme.usage")));
    }
    String coming =
        upcoming.isEmpty()
            ? texts.get(
                "meetings.meetings.none-coming",
                g.group().name(),
                texts.get("meetings.theme.usage"))
            : texts.get(
                "meetings.meetings.list",
                g.group().name(),
                upcoming.stream().map(this::line).collect(Collectors.joining("\n")));
    if (held.isEmpty()) {
      return List.of(Reply.text(coming));
    }
    String past =
        texts.get(
            "meetings.meetings.held",
            held.stream().map(this::heldLine).collect(Collectors.joining("\n")));
    return List.of(Reply.text(coming + "\n\n" + past));
  }

  private String line(Meeting m) {
    return texts.get(
        "meetings.meetings.line",
        texts.label(m.theme()),
        MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts),
        m.place() == null || m.place().isBlank() ? "" : ", " + m.place());
  }

  /** A held meeting with its agenda as it was frozen (the issues accepted since are not on it). */
  private String heldLine(Meeting m) {
    var agenda = meetings.agenda(m).stream().map(IssueSummary::reference).toList();
    return texts.get(
        "meetings.meetings.held-line",
        texts.label(m.theme()),
        MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts),
        texts.get(
            m.minutesUrl() == null
                ? "meetings.meetings.minutes-awaited"
                : "meetings.meetings.minutes-out"),
        agenda.isEmpty() ? texts.get("meetings.meetings.empty-agenda") : String.join(", ", agenda));
  }
}
