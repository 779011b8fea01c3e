package org.interfacebot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.interfacebot.issues.ReporterTold;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/**
 * {@code outcome IF-… [actioned|closed] <text>}: a chair records what the meeting decided for an
 * issue. Plain text marks it discussed; "actioned" or "closed" moves it on further (see {@link
 * StatusWord}). The outcome belongs to the meeting whose agenda holds the issue.
 */
@Component
class OutcomeCommand implements ChatCommand {

  private static final int LIMIT = 1000;

  private final ChairGate gate;
  private final Meetings meetings;
  private final Issues issues;
  private final PatientIdentifierGuard guard;
  private final Texts texts;

  OutcomeCommand(
      ChairGate gate, Meetings meetings, Issues issues, PatientIdentifierGuard guard, Texts texts) {
    this.texts = texts;
    this.gate = gate;
    this.meetings = meetings;
    this.issues = issues;
    this.guard = guard;
  }

  @Override
  public List<String> words() {
    return List.of("outcome");
  }

  @Override
  public String usage() {
    return texts.get("meetings.outcome.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.outcome.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  public boolean isExactly(String text) {
    return ChatCommand.super.isExactly(text) || References.command(text, words(), true);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var g = gate.chair(turn, "meetings.what.record-outcomes");
    if (g.refusal() != null) {
      return List.of(Reply.text(g.refusal()));
    }
    String[] parts = turn.rest().split("\\s+", 2);
    var issue = issues.byReference(parts[0], List.of(g.group().id()));
    if (issue.isEmpty()) {
      return List.of(
          ChairGate.noSuchIssue(
              turn,
              g.group(),
              References.echo(parts[0], texts.get("meetings.with-that-reference")),
              texts));
    }
    String text = parts.length > 1 ? parts[1].strip() : "";
    var read = StatusWord.of(text);
    IssueStatus status = read.status();
    text = read.text();
    if (text.isEmpty() || text.length() > LIMIT) {
      return List.of(texts.reply("meetings.outcome.write", usage()));
    }
    var verdict = guard.check(text);
    if (!verdict.clean()) {
      return List.of(Reply.text(verdict.explanation(texts.get("meetings.field.outcome"), texts)));
    }
    if (meetings.latest(g.group().id()).or(() -> meetings.next(g.group().id())).isEmpty()) {
      return List.of(texts.reply("meetings.outcome.no-meeting"));
    }
    var meeting = meetings.holding(g.group().id(), issue.get().id());
    if (meeting.isEmpty()) {
      return List.of(texts.reply("meetings.outcome.not-on-agenda", issue.get().reference()));
    }
    meetings.outcome(meeting.get(), issue.get(), status, text, turn.from());
    String recorded =
        texts.get(
            "meetings.outcome.recorded",
            issue.get().reference(),
            texts.inSentence(status),
            ReporterTold.of(issue.get(), texts));
    if (read.lookalike() != null) {
      // Said back so that a chair who meant the status sees at once how to set it.
      recorded +=
          " "
              + texts.get(
                  "meetings.outcome.kept-as-written",
                  read.lookalike(),
                  issue.get().reference(),
                  read.lookalike().toLowerCase(Locale.ROOT));
    }
    return List.of(Reply.text(recorded));
  }

  /**
   * The status an outcome sets and the outcome itself. {@code actioned} or {@code closed} first, in
   * lower case as the help writes it (or with a colon: {@code Closed:}), is the status; an outcome
   * that only begins with such a word ("Closed the loop with the trust") is kept whole, and {@code
   * lookalike} is that word.
   */
  record StatusWord(IssueStatus status, String text, String lookalike) {

    static StatusWord of(String text) {
      String first = text.split("\\s+", 2)[0];
      String word = first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
      IssueStatus named =
          switch (word.toLowerCase(Locale.ROOT)) {
            case "actioned" -> IssueStatus.ACTIONED;
            case "closed" -> IssueStatus.CLOSED;
            default -> null;
          };
      if (named == null) {
        return new StatusWord(IssueStatus.DISCUSSED, text, null);
      }
      if (first.endsWith(":") || word.equals(word.toLowerCase(Locale.ROOT))) {
        return new StatusWord(named, text.substring(first.length()).strip(), null);
      }
      return new StatusWord(IssueStatus.DISCUSSED, text, word);
    }
  }
}
