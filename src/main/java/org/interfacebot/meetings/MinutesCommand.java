package org.interfacebot.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code minutes <link> [for <date>]}: a chair shares a meeting's minutes. */
@Component
class MinutesCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final MeetingsSettings settings;
  private final Clock clock;
  private final MinutesStatus status;

  MinutesCommand(
      ChairGate gate,
      Meetings meetings,
      MeetingsSettings settings,
      Clock clock,
      MinutesStatus status) {
    this.status = status;
    this.gate = gate;
    this.meetings = meetings;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public List<String> words() {
    return List.of("minutes");
  }

  @Override
  public String usage() {
    return "minutes https://… [for 14/01/2027]";
  }

  @Override
  public String summary() {
    return "(chairs) share a meeting's minutes; I post them with each issue's outcome and tell the reporters";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var g = gate.chair(turn, "meetings.what.share-minutes");
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    if (turn.rest().equalsIgnoreCase("status")) {
      return List.of(Reply.text(status.of(g.group().id())));
    }
    String[] parts = turn.rest().split("\\s+for\\s+", 2);
    String link = parts[0].strip();
    if (link.isEmpty()) {
      return List.of(Reply.text("Please give the link to the minutes: `" + usage() + "`."));
    }
    var problem = MinutesLink.problem(link, settings.minutesHosts());
    if (problem.isPresent()) {
      return List.of(Reply.text(problem.get() + " Nothing was shared."));
    }
    var meeting =
        parts.length > 1
            ? MeetingDays.find(meetings, g.group().id(), parts[1], clock)
            : meetings.latest(g.group().id());
    if (meeting.isEmpty()) {
      return List.of(
          Reply.text(
              "I can't find that meeting. Give the date of a meeting that has taken place, e.g. `minutes https://… for 14/01/2027`."));
    }
    meetings.minutes(meeting.get(), link);
    return List.of(
        Reply.text(
            "Shared the minutes of the %s meeting; I'm telling each reporter the outcome of their issue."
                .formatted(meeting.get().theme().label().toLowerCase(java.util.Locale.UK))));
  }
}
