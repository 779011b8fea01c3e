package org.interfacebot.meetings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code meetings}: the group's upcoming meetings. */
@Component
class MeetingsCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final Texts texts;

  MeetingsCommand(ChairGate gate, Meetings meetings, Texts texts) {
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
    var g = gate.group(turn);
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    var upcoming = meetings.upcoming(g.group().id());
    if (upcoming.isEmpty()) {
      return List.of(texts.reply("meetings.meetings.none", texts.get("meetings.theme.usage")));
    }
    return List.of(
        texts.reply(
            "meetings.meetings.list",
            g.group().name(),
            upcoming.stream()
                .map(
                    m ->
                        texts.get(
                            "meetings.meetings.line",
                            texts.label(m.theme()),
                            MeetingDates.show(m.startsAt().atZone(MeetingDates.UK), texts),
                            m.place() == null || m.place().isBlank() ? "" : ", " + m.place()))
                .collect(Collectors.joining("\n"))));
  }
}
