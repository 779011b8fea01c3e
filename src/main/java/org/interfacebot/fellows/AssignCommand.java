package org.interfacebot.fellows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Membership;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/** {@code assign IF-2027-0042 @person}: a chair hands an accepted issue to a fellow. */
@Component
class AssignCommand implements ChatCommand {

  /** The group has taken the issue on and the work is not over. */
  static final Set<IssueStatus> ASSIGNABLE =
      EnumSet.of(IssueStatus.ACCEPTED, IssueStatus.SCHEDULED, IssueStatus.DISCUSSED);

  private final Groups groups;
  private final Chairs chairs;
  private final Membership membership;
  private final Issues issues;
  private final Fellows fellows;
  private final Texts texts;

  AssignCommand(
      Groups groups,
      Chairs chairs,
      Membership membership,
      Issues issues,
      Fellows fellows,
      Texts texts) {
    this.groups = groups;
    this.chairs = chairs;
    this.membership = membership;
    this.issues = issues;
    this.fellows = fellows;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("assign");
  }

  @Override
  public String usage() {
    return texts.get("fellows.assign.usage");
  }

  @Override
  public String summary() {
    return texts.get("fellows.assign.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(texts.reply("fellows.which-group"));
    }
    long groupId = group.get().id();
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(texts.reply("fellows.not-a-chair"));
    }
    String[] words = turn.rest().split("\\s+");
    long references = Arrays.stream(words).filter(w -> References.shaped(w).isPresent()).count();
    long people = turn.mentioned().stream().map(Person::id).distinct().count();
    if (references > 1 || people > 1) {
      return List.of(texts.reply("fellows.assign.one-at-a-time", usage()));
    }
    String typed = words[0];
    if (References.shaped(typed).isEmpty() || people != 1) {
      return List.of(texts.reply("fellows.assign.how", usage()));
    }
    var issue = issues.byReference(typed, List.of(groupId));
    if (issue.isEmpty()) {
      return List.of(
          texts.reply(
              "fellows.unknown-issue",
              References.echo(typed, texts.get("fellows.with-that-reference"))));
    }
    if (!ASSIGNABLE.contains(issue.get().status())) {
      return List.of(notAssignable(issue.get().reference(), issue.get().status()));
    }
    // Someone in the team can be missing from the member list (forget me, a missed join): ask
    // Teams.
    var fellow = membership.mentioned(groupId, turn, turn.mentioned().get(0));
    if (fellow.isEmpty()) {
      return List.of(texts.reply("fellows.assign.not-a-member"));
    }
    var done = fellows.assign(issue.get().id(), groupId, fellow.get(), turn.from());
    return List.of(said(done, issue.get().reference(), fellow.get(), turn.from()));
  }

  private Reply notAssignable(String reference, IssueStatus status) {
    return texts.reply("fellows.assign.not-accepted", reference, texts.inSentence(status));
  }

  /**
   * The reply in the channel. It never says whether the fellow raised the issue: the group may not
   * know who did. The chair, who sees it, is not told again in 1:1.
   */
  private Reply said(Assigning done, String reference, Person fellow, Person chair) {
    boolean chairTakesIt = fellow.key().equals(chair.key());
    return switch (done.change()) {
      // Closed or moved on by another request after the check above.
      case NOT_ASSIGNABLE -> notAssignable(reference, done.status());
      // Left the team or forgotten since the check above: not named, if forgotten.
      case NO_LONGER_A_MEMBER -> texts.reply("fellows.assign.no-longer-a-member", reference);
      case UNCHANGED -> texts.naming("fellows.assign.unchanged", reference, fellow);
      case ASSIGNED ->
          texts.naming(
              chairTakesIt ? "fellows.assign.done-self" : "fellows.assign.done", reference, fellow);
      case REPLACED ->
          texts.naming(
              chairTakesIt
                  ? "fellows.assign.replaced-by-chair"
                  : done.former().key().equals(chair.key())
                      ? "fellows.assign.replaced-chair"
                      : "fellows.assign.replaced",
              reference,
              fellow,
              done.former());
    };
  }
}
