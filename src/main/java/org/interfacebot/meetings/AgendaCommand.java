package org.interfacebot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/**
 * {@code agenda}: the next meeting's agenda; chairs {@code agenda add|remove IF-…}. An issue with
 * an outcome recorded for that meeting stays on its agenda.
 */
@Component
class AgendaCommand implements ChatCommand {

  private final ChairGate gate;
  private final Meetings meetings;
  private final AgendaChanges changes;
  private final Issues issues;
  private final MeetingCards cards;
  private final Texts texts;

  AgendaCommand(
      ChairGate gate,
      Meetings meetings,
      AgendaChanges changes,
      Issues issues,
      MeetingCards cards,
      Texts texts) {
    this.changes = changes;
    this.texts = texts;
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
    return texts.get("meetings.agenda.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.agenda.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  /** {@code agenda add|remove IF-…}, not {@code agenda items are never sent}. */
  @Override
  public boolean readsArgument(String argument) {
    return References.command(argument, List.of("add", "remove"), false);
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
    if (change && words.length < 2) {
      // "agenda add" alone: how to say it, not an issue "" that cannot be found.
      return List.of(texts.reply("meetings.agenda.give-reference", action));
    }
    var next = meetings.next(g.group().id());
    if (next.isEmpty()) {
      return List.of(texts.reply("meetings.agenda.no-meeting", texts.get("meetings.theme.usage")));
    }
    if (!change) {
      return List.of(
          Reply.card(
              cards
                  .announcement(next.get().id(), texts.get("meetings.agenda.headline"))
                  .orElseThrow()));
    }
    String reference = words.length > 1 ? words[1] : "";
    var issue = issues.byReference(reference, List.of(g.group().id()));
    if (issue.isEmpty()) {
      return List.of(
          ChairGate.noSuchIssue(
              turn,
              g.group(),
              References.echo(reference, texts.get("meetings.with-that-reference")),
              texts));
    }
    String theme = texts.inSentence(next.get().theme());
    // Named, so that a chair changing the agenda while a meeting is under way sees that it is the
    // next meeting's agenda that changes.
    String when = MeetingDates.show(next.get().startsAt().atZone(MeetingDates.UK), texts);
    // An outcome belongs to the agenda that holds the issue: removing it would leave the outcome
    // recorded for a meeting whose minutes no longer list it.
    if (action.equals("remove") && meetings.outcomeOf(next.get(), issue.get().id()).isPresent()) {
      return List.of(
          texts.reply("meetings.agenda.has-outcome", issue.get().reference(), theme, when));
    }
    // Removing an issue that is not on the agenda would keep a removal that leaves it off later,
    // once it is accepted for the meeting's theme, unseen: a mistyped reference does no harm.
    long id = issue.get().id();
    if (action.equals("remove")
        && meetings.agenda(next.get()).stream().noneMatch(i -> i.id() == id)) {
      return List.of(texts.reply("meetings.agenda.not-on", issue.get().reference(), theme, when));
    }
    changes.set(next.get(), issue.get(), action.equals("add"));
    return List.of(
        texts.reply(
            action.equals("add") ? "meetings.agenda.added" : "meetings.agenda.removed",
            issue.get().reference(),
            theme,
            when));
  }
}
