package org.interfacebot.issues;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.ChatDialog;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.RaiseDraft.Step;
import org.springframework.stereotype.Component;

/** The guided 1:1 conversation that raises an issue: {@code raise}, then one question a step. */
@Component
class RaiseDialog implements ChatCommand, ChatDialog {

  static final String NAME = "raise";
  private static final Duration EXPIRY = Duration.ofHours(24);

  private final Groups groups;
  private final RaisePrompts prompts;
  private final RaiseSubmission submission;
  private final Clock clock;

  RaiseDialog(Groups groups, RaisePrompts prompts, RaiseSubmission submission, Clock clock) {
    this.groups = groups;
    this.prompts = prompts;
    this.submission = submission;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> words() {
    return List.of("raise", "report", "new");
  }

  @Override
  public String usage() {
    return "raise";
  }

  @Override
  public String summary() {
    return "raise a new interface issue (in a 1:1 chat with me)";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public String cancelled() {
    return "Cancelled: nothing has been raised or kept. Type `raise` whenever you want to start again.";
  }

  @Override
  public List<Reply> handle(Turn turn) {
    List<GroupInfo> available = groups.forTenant(turn.place().tenantId());
    if (available.isEmpty()) {
      return List.of(
          Reply.text(
              "I'm not installed in an Interface Group's team yet, so there is nowhere to raise an"
                  + " issue. Please ask your group's chair to add me to the group's team."));
    }
    var draft =
        new RaiseDraft(
            UUID.randomUUID().toString(), Step.TITLE, null, null, null, null, clock.instant());
    var intro =
        Reply.text(
            "Let's raise an interface issue. It takes a minute; type `cancel` at any point to stop.");
    if (available.size() > 1) {
      turn.memory().write(NAME, draft.at(Step.GROUP));
      return List.of(intro, prompts.chooseGroup(available));
    }
    turn.memory().write(NAME, draft.withGroup(available.get(0).id()));
    return List.of(intro, prompts.askTitle());
  }

  @Override
  public List<Reply> answer(Turn turn, String answer) {
    RaiseDraft draft = turn.memory().read(RaiseDraft.class);
    if (draft.startedAt().plus(EXPIRY).isBefore(clock.instant())) {
      turn.memory().clear();
      return List.of(
          Reply.text(
              "Your unfinished issue from more than 24 hours ago has expired and was not kept."
                  + " Type `raise` to start a new one."));
    }
    String text = answer == null ? "" : answer.strip();
    return switch (draft.step()) {
      case GROUP -> group(turn, draft, text);
      case TITLE -> title(turn, draft, text);
      case DESCRIPTION -> description(turn, draft, text);
      case CATEGORY -> category(turn, draft, text);
      case CONFIRM -> confirm(turn, draft, text);
    };
  }

  private List<Reply> group(Turn turn, RaiseDraft draft, String text) {
    var chosen =
        groups.forTenant(turn.place().tenantId()).stream()
            .filter(g -> String.valueOf(g.id()).equals(text) || g.name().equalsIgnoreCase(text))
            .findFirst();
    if (chosen.isEmpty()) {
      return List.of(
          Reply.text("I didn't recognise that group. Please choose one of these:"),
          prompts.chooseGroup(groups.forTenant(turn.place().tenantId())));
    }
    turn.memory().write(NAME, draft.withGroup(chosen.get().id()).at(Step.TITLE));
    return List.of(prompts.askTitle());
  }

  private List<Reply> title(Turn turn, RaiseDraft draft, String text) {
    var problem = AnswerCheck.text("title", text, IssueLimits.TITLE);
    if (problem.isPresent()) {
      return List.of(Reply.text(problem.get()));
    }
    turn.memory().write(NAME, draft.withTitle(text).at(Step.DESCRIPTION));
    return List.of(prompts.askDescription());
  }

  private List<Reply> description(Turn turn, RaiseDraft draft, String text) {
    var problem = AnswerCheck.text("description", text, IssueLimits.DESCRIPTION);
    if (problem.isPresent()) {
      return List.of(Reply.text(problem.get()));
    }
    turn.memory().write(NAME, draft.withDescription(text).at(Step.CATEGORY));
    return List.of(prompts.chooseCategory());
  }

  private List<Reply> category(Turn turn, RaiseDraft draft, String text) {
    var chosen = Category.parse(text);
    if (chosen.isEmpty()) {
      return List.of(
          Reply.text("I didn't recognise that theme. Please choose one of these:"),
          prompts.chooseCategory());
    }
    RaiseDraft complete = draft.withCategory(chosen.get()).at(Step.CONFIRM);
    turn.memory().write(NAME, complete);
    String groupName = groups.byId(complete.groupId()).map(GroupInfo::name).orElse("the group");
    return List.of(prompts.confirm(complete, groupName));
  }

  private List<Reply> confirm(Turn turn, RaiseDraft draft, String text) {
    if (text.equalsIgnoreCase("submit") || text.equalsIgnoreCase("yes")) {
      var result = submission.submit(turn, draft.draftId());
      var replies = new java.util.ArrayList<Reply>();
      replies.add(Reply.card(result.card()));
      replies.addAll(result.messages());
      return replies;
    }
    return List.of(
        Reply.text(
            "Please press **Submit** or **Cancel** on the card above, or type `submit` or `cancel`."));
  }
}
