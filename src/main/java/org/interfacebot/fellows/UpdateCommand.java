package org.interfacebot.fellows;

import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** {@code update IF-2027-0042 <text>}: the assigned fellow posts progress, in 1:1. */
@Component
class UpdateCommand implements ChatCommand {

  static final int LIMIT = 2000;

  private final Groups groups;
  private final Issues issues;
  private final Fellows fellows;
  private final PatientIdentifierGuard guard;
  private final Texts texts;

  UpdateCommand(
      Groups groups, Issues issues, Fellows fellows, PatientIdentifierGuard guard, Texts texts) {
    this.groups = groups;
    this.issues = issues;
    this.fellows = fellows;
    this.guard = guard;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("update");
  }

  @Override
  public String usage() {
    return texts.get("fellows.update.usage");
  }

  @Override
  public String summary() {
    return texts.get("fellows.update.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public boolean isExactly(String text) {
    return ChatCommand.super.isExactly(text) || References.command(text, words(), true);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String[] parts = turn.rest().split("\\s+", 2);
    String typed = parts[0];
    String text = parts.length > 1 ? parts[1].strip() : "";
    if (References.shaped(typed).isEmpty()) {
      return List.of(texts.reply("fellows.update.how", usage()));
    }
    var issue =
        issues.byReference(
            typed,
            groups.visibleFrom(turn.place()),
            i ->
                fellows
                    .ofIssue(i.id())
                    .filter(a -> a.fellowKey().equals(turn.from().key()))
                    .isPresent());
    if (issue.isEmpty()) {
      return List.of(
          texts.reply(
              "fellows.update.unknown-issue",
              References.echo(typed, texts.get("fellows.with-that-reference"))));
    }
    var assignment =
        fellows.ofIssue(issue.get().id()).filter(a -> a.fellowKey().equals(turn.from().key()));
    if (assignment.isEmpty()) {
      return List.of(texts.reply("fellows.update.not-yours", issue.get().reference()));
    }
    if (text.isEmpty()) {
      return List.of(texts.reply("fellows.update.empty", issue.get().reference()));
    }
    // Counted as the column (fellow_update.text) counts, in UTF-16 units: an emoji takes two.
    if (text.length() > LIMIT) {
      return List.of(texts.reply("fellows.update.too-long", LIMIT, text.length()));
    }
    var verdict = guard.check(text);
    if (!verdict.clean()) {
      return List.of(Reply.text(verdict.explanation(texts.get("fellows.update.field"), texts)));
    }
    if (!fellows.post(issue.get().id(), turn.from(), text)) {
      // A chair handed the issue on since it was checked above.
      return List.of(texts.reply("fellows.update.not-yours", issue.get().reference()));
    }
    boolean ownIssue = turn.from().key().equals(issue.get().reporterKey());
    String posted =
        ownIssue
            ? "fellows.update.posted-own"
            : issue.get().reporterForgotten()
                ? "fellows.update.posted-nobody-else"
                : "fellows.update.posted";
    return List.of(texts.reply(posted, issue.get().reference()));
  }
}
