package org.interfacebot.triage;

import java.util.List;
import java.util.Set;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.interfacebot.issues.ReporterTold;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** {@code reply IF-… <text>}: a chair records the operational group's reply to a referral. */
@Component
class ReplyCommand implements ChatCommand {

  private final Issues issues;
  private final Groups groups;
  private final Chairs chairs;
  private final IssueProgress progress;
  private final PatientIdentifierGuard guard;
  private final GroupReplies replies;
  private final Texts texts;
  private final AuditTrail audit;

  ReplyCommand(
      Issues issues,
      Groups groups,
      Chairs chairs,
      IssueProgress progress,
      PatientIdentifierGuard guard,
      GroupReplies replies,
      Texts texts,
      AuditTrail audit) {
    this.texts = texts;
    this.audit = audit;
    this.replies = replies;
    this.issues = issues;
    this.groups = groups;
    this.chairs = chairs;
    this.progress = progress;
    this.guard = guard;
  }

  @Override
  public List<String> words() {
    return List.of("reply");
  }

  @Override
  public String usage() {
    return texts.get("triage.reply.usage");
  }

  @Override
  public String summary() {
    return texts.get("triage.reply.summary");
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
  @org.springframework.transaction.annotation.Transactional
  public List<Reply> handle(Turn turn) {
    String[] parts = turn.rest().split("\\s+", 2);
    var issue =
        issues.byReference(
            parts[0],
            groups.visibleFrom(turn.place()),
            i -> chairs.isChair(i.groupId(), turn.from().key()));
    if (issue.isEmpty()) {
      return List.of(
          texts.reply(
              "triage.no-such-issue",
              References.echo(parts[0], texts.get("triage.with-that-reference"))));
    }
    if (!chairs.isChair(issue.get().groupId(), turn.from().key())) {
      return List.of(Reply.text(replies.notAChair("triage.what.record-reply")));
    }
    if (issue.get().status() != IssueStatus.REFERRED) {
      return List.of(texts.reply("triage.reply.not-referred", issue.get().reference()));
    }
    var referredTo = issues.referredTo(issue.get().id());
    if (referredTo.isEmpty()) {
      return List.of(texts.reply("triage.reply.no-group-yet", issue.get().reference()));
    }
    String text = parts.length > 1 ? parts[1].strip() : "";
    if (text.isEmpty() || text.length() > 2000) {
      return List.of(texts.reply("triage.reply.write", usage()));
    }
    var verdict = guard.check(text);
    if (!verdict.clean()) {
      return List.of(Reply.text(verdict.explanation(texts.get("triage.field.reply"), texts)));
    }
    issues.recordReply(issue.get().id(), text);
    audit.record(
        issue.get().groupId(),
        issue.get().reference(),
        AuditAction.REPLY_RECORDED,
        Actor.person(turn.from()),
        null);
    String group = referredTo.get();
    progress.tell(issue.get().id(), texts.get("triage.reply.to-reporter", group, text));
    return List.of(
        texts.reply(
            "triage.reply.recorded",
            group,
            issue.get().reference(),
            ReporterTold.of(issue.get(), texts)));
  }
}
