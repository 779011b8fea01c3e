package org.interfacebot.governance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interfacebot.audit.AuditLine;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/**
 * {@code audit IF-…} (chairs): who did what to an issue, oldest first, in UK time; {@code audit}
 * alone: the group's chair changes, meetings and data removals. Anonymous reporters and voters are
 * never linked to an entry, so nothing here can name them.
 */
@Component
class AuditCommand implements ChatCommand {

  static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

  private final Groups groups;
  private final Chairs chairs;
  private final Issues issues;
  private final AuditTrail audit;
  private final AuditWording wording;
  private final Texts texts;

  AuditCommand(
      Groups groups,
      Chairs chairs,
      Issues issues,
      AuditTrail audit,
      AuditWording wording,
      Texts texts) {
    this.groups = groups;
    this.chairs = chairs;
    this.issues = issues;
    this.audit = audit;
    this.wording = wording;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("audit");
  }

  @Override
  public String usage() {
    return texts.get("governance.audit.usage");
  }

  @Override
  public String summary() {
    return texts.get("governance.audit.summary");
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
    return ChatCommand.super.isExactly(text) || References.command(text, words(), false);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String key = turn.from().key();
    var visible = groups.visibleFrom(turn.place());
    if (visible.stream().noneMatch(g -> chairs.isChair(g, key))) {
      return List.of(texts.reply("governance.audit.not-chair"));
    }
    String typed = turn.rest();
    if (typed.isEmpty()) {
      var group = groups.of(turn.place());
      if (group.isEmpty()) {
        return List.of(texts.reply("governance.audit.which-group"));
      }
      if (!chairs.isChair(group.get().id(), key)) {
        return List.of(texts.reply("governance.audit.not-chair"));
      }
      return List.of(
          Reply.text(
              show(
                  texts.get("governance.audit.group-heading", group.get().name()),
                  audit.ofGroup(group.get().id()),
                  group.get().name())));
    }
    var issue =
        issues.byReference(typed.split("\\s+")[0], visible, i -> chairs.isChair(i.groupId(), key));
    if (issue.isEmpty()) {
      return List.of(
          Reply.text(
              notFound(
                  turn,
                  References.echo(
                      typed.split("\\s+")[0], texts.get("governance.audit.that-issue")))));
    }
    if (!chairs.isChair(issue.get().groupId(), key)) {
      return List.of(texts.reply("governance.audit.not-chair"));
    }
    String reference = issue.get().reference();
    return List.of(
        Reply.text(
            show(
                texts.get("governance.audit.heading", reference),
                audit.of(issue.get().groupId(), reference),
                reference)));
  }

  /**
   * In the channel the group is "this group"; in 1:1 the chair may see several groups' issues, so
   * the one group is named, or all are meant.
   */
  private String notFound(Turn turn, String reference) {
    if (turn.place().teamId() != null) {
      return texts.get("governance.audit.not-found", reference);
    }
    return groups
        .of(turn.place())
        .map(group -> texts.get("governance.audit.not-found.named", reference, group.name()))
        .orElseGet(() -> texts.get("governance.audit.not-found.any", reference));
  }

  private String show(String heading, List<AuditLine> lines, String what) {
    if (lines.isEmpty()) {
      return texts.get("governance.audit.empty", what);
    }
    var text = new StringBuilder(heading).append("\n");
    for (AuditLine line : lines) {
      text.append("\n")
          .append(texts.get("governance.audit.line", when(line.at(), texts), wording.of(line)));
    }
    return text.toString();
  }

  static String when(Instant at, Texts texts) {
    return DatePatterns.of(texts, "governance.audit.when-pattern").format(at);
  }
}
