package org.interfacebot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/** {@code agenda}: the next meeting's agenda; chairs {@code agenda add|remove IF-…}. */
@Component
class AgendaCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final Issues issues;
  private final MeetingCards cards;

  AgendaCommand(ChairGate gate, Meetings meetings, Issues issues, MeetingCards cards) {
    this.gate = gate;
    this.meetings = meetings;
    this.issues = issues;
    this.cards = cards;
  }

  @Override
  public List<String> words() {
    return List.of("agenda");
  }

  @Override
  public String usage() {
    return "agenda";
  }

  @Override
  public String summary() {
    return "the next meeting's agenda; chairs can `agenda add IF-…` and `agenda remove IF-…`";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String[] words = turn.rest().split("\\s+");
    String action = words[0].toLowerCase(Locale.ROOT);
    boolean change = action.equals("add") || action.equals("remove");
    var g = change ? gate.chair(turn, "meetings.what.change-agenda") : gate.group(turn);
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    var next = meetings.next(g.group().id());
    if (next.isEmpty()) {
      return List.of(
          Reply.text("No meeting is set yet. A chair can set one: `" + ThemeCommand.USAGE + "`."));
    }
    if (!change) {
      return List.of(Reply.card(cards.announcement(next.get().id(), "Agenda of the next meeting")));
    }
    String reference = words.length > 1 ? words[1] : "";
    var issue = issues.byReference(reference, List.of(g.group().id()));
    if (issue.isEmpty()) {
      return List.of(
          Reply.text(
              "I can't find an issue %s in this group."
                  .formatted(References.echo(reference, "with that reference"))));
    }
    meetings.setOnAgenda(next.get(), issue.get(), action.equals("add"));
    return List.of(
        Reply.text(
            "%s is %s the agenda of the %s meeting."
                .formatted(
                    issue.get().reference(),
                    action.equals("add") ? "on" : "off",
                    next.get().theme().label().toLowerCase(Locale.UK))));
  }
}
