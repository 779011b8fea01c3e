package org.interfacebot.issues;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.ChatDialog;
import org.interfacebot.chat.FreeText;
import org.interfacebot.chat.Pleasantry;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.RaiseDraft.Stage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The guided 1:1 conversation that raises an issue: {@code raise} (or a problem described straight
 * away), then one question a step, with {@code back}, {@code form} and {@code cancel} at any point.
 */
// First in help: what most people come for.
@Order(1)
@Component
class RaiseDialog implements ChatCommand, ChatDialog, FreeText {

  private static final Duration EXPIRY = Duration.ofHours(24);
  private static final int WORDS_THAT_DESCRIBE_A_PROBLEM = 5;

  private final Groups groups;
  private final RaisePrompts prompts;
  private final RaiseFlow flow;
  private final AnswerCheck check;
  private final RaiseSubmission submission;
  private final Texts texts;
  private final Clock clock;

  RaiseDialog(
      Groups groups,
      RaisePrompts prompts,
      RaiseFlow flow,
      AnswerCheck check,
      RaiseSubmission submission,
      Texts texts,
      Clock clock) {
    this.texts = texts;
    this.groups = groups;
    this.prompts = prompts;
    this.flow = flow;
    this.check = check;
    this.submission = submission;
    this.clock = clock;
  }

  @Override
  public String name() {
    return RaiseFlow.DIALOG;
  }

  @Override
  public List<String> words() {
    return List.of("raise", "report", "new");
  }

  @Override
  public String usage() {
    return texts.get("issues.raise.usage");
  }

  @Override
  public String summary() {
    return texts.get("issues.raise.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public String help() {
    return texts.get("issues.raise.help");
  }

  /** A draft left for more than a day is gone: help says so, not that it waits for an answer. */
  @Override
  public String help(Turn turn) {
    RaiseDraft draft = turn.memory().read(RaiseDraft.class);
    if (expired(draft)) {
      turn.memory().clear();
      return texts.get("issues.raise.expired-before-command");
    }
    return draft.stage() == Stage.OFFER ? texts.get("issues.raise.offer-help") : help();
  }

  @Override
  public String cancelled() {
    return texts.get("issues.raise.cancelled");
  }

  /** {@code raise}, and {@code raise form} as {@link #handle} reads it. */
  @Override
  public boolean isExactly(String text) {
    String[] typed = ChatCommand.normalised(text).split(" ");
    return words().contains(typed[0])
        && (typed.length == 1 || typed.length == 2 && typed[1].equals("form"));
  }

  /**
   * "New discharge system never sends letters to the practice" describes a problem, and is offered
   * as one with all its words; {@code new} alone, or too short to describe anything, raises.
   */
  @Override
  public boolean mayBeASentence(String text) {
    return Turn.firstWordOf(text).equals("new") && !isExactly(text);
  }

  @Override
  public Optional<List<Reply>> commandTyped(Turn turn, ChatCommand command) {
    RaiseDraft draft = turn.memory().read(RaiseDraft.class);
    if (draft.stage() == Stage.OFFER || expired(draft)) {
      // Only offered, or left for more than a day: the command runs, as it would with no draft,
      // and an expired draft is said to be gone (not the command, which was meant for now).
      turn.memory().clear();
      var replies = new ArrayList<Reply>();
      if (draft.stage() != Stage.OFFER) {
        replies.add(texts.reply("issues.raise.expired-before-command"));
      }
      replies.addAll(command.handle(turn));
      return Optional.of(replies);
    }
    // Starting again would silently drop the answers given so far; cancel does that on request.
    String key = command == this ? "issues.raise.already-raising" : "issues.raise.not-an-answer";
    return Optional.of(List.of(texts.reply(key), currentStep(turn, draft)));
  }

  @Override
  public List<Reply> handle(Turn turn) {
    List<GroupInfo> available = groups.raisingTo(turn.place().tenantId());
    if (available.isEmpty()) {
      return List.of(notInstalled());
    }
    var draft = RaiseDraft.start(UUID.randomUUID().toString(), clock.instant());
    // The word, not the letters: "raise information governance issue" asks for the dialog.
    boolean wantsForm =
        List.of(turn.rest().toLowerCase(Locale.ROOT).split("[\\s.,!]+")).contains("form");
    return begin(turn, draft, available, wantsForm);
  }

  @Override
  public Optional<List<Reply>> offer(Turn turn, String text) {
    // A long greeting ("hello, hope you are well") describes nothing: help greets it.
    if (!turn.place().personal()
        || text.strip().split("\\s+").length < WORDS_THAT_DESCRIBE_A_PROBLEM
        || Pleasantry.of(text).isPresent()) {
      return Optional.empty();
    }
    if (groups.raisingTo(turn.place().tenantId()).isEmpty()) {
      // A problem described, with no group to take it: say so, as `raise` would.
      return Optional.of(List.of(notInstalled()));
    }
    var checked = check.check(Question.DESCRIPTION, text);
    if (!checked.ok()) {
      return Optional.of(List.of(Reply.text(checked.problem())));
    }
    var draft =
        RaiseDraft.start(UUID.randomUUID().toString(), clock.instant())
            .with(Question.DESCRIPTION, checked.value())
            .at(Stage.OFFER);
    turn.memory().write(name(), draft);
    return Optional.of(List.of(prompts.offer()));
  }

  @Override
  public List<Reply> answer(Turn turn, String answer) {
    RaiseDraft draft = turn.memory().read(RaiseDraft.class);
    if (expired(draft)) {
      turn.memory().clear();
      return List.of(texts.reply("issues.raise.expired"));
    }
    String text = answer == null ? "" : answer.strip();
    String word = ChatCommand.bare(text);
    if (draft.stage() != Stage.OFFER && draft.stage() != Stage.GROUP) {
      if (word.equals("back")) {
        return flow.back(turn, draft);
      }
      if (word.equals("form")) {
        return List.of(Reply.card(prompts.form(draft, null)));
      }
    }
    return switch (draft.stage()) {
      case OFFER -> offerAnswered(turn, draft, word);
      case GROUP -> group(turn, draft, text);
      case ASKING -> asked(turn, draft, text);
      case CONFIRM -> confirming(turn, draft, word);
    };
  }

  private boolean expired(RaiseDraft draft) {
    return draft.startedAt().plus(EXPIRY).isBefore(clock.instant());
  }

  /** The question or card the draft is waiting on, shown again. */
  private Reply currentStep(Turn turn, RaiseDraft draft) {
    return switch (draft.stage()) {
      case OFFER -> prompts.offer();
      case GROUP -> prompts.chooseGroup(groups.raisingTo(turn.place().tenantId()));
      case ASKING -> prompts.ask(draft.question());
      case CONFIRM -> Reply.card(flow.confirm(turn, draft));
    };
  }

  private List<Reply> begin(Turn turn, RaiseDraft draft, List<GroupInfo> available, boolean form) {
    var replies = new ArrayList<Reply>();
    replies.add(prompts.intro());
    if (available.size() > 1) {
      turn.memory().write(name(), (form ? draft.toFillInOnForm() : draft).at(Stage.GROUP));
      replies.add(prompts.chooseGroup(available));
      return replies;
    }
    RaiseDraft inGroup = draft.withGroup(available.get(0).id());
    if (form) {
      turn.memory().write(name(), inGroup);
      return List.of(Reply.card(prompts.form(inGroup, null)));
    }
    replies.addAll(flow.proceed(turn, inGroup, Question.TITLE));
    return replies;
  }

  private List<Reply> offerAnswered(Turn turn, RaiseDraft draft, String word) {
    if (OfferAnswer.accepts(word)) {
      var available = groups.raisingTo(turn.place().tenantId());
      return available.isEmpty() ? List.of(notInstalled()) : begin(turn, draft, available, false);
    }
    turn.memory().clear();
    return List.of(texts.reply("issues.raise.offer-declined"));
  }

  private List<Reply> group(Turn turn, RaiseDraft draft, String text) {
    var available = groups.raisingTo(turn.place().tenantId());
    if (text.equalsIgnoreCase("form")) {
      turn.memory().write(name(), draft.toFillInOnForm());
      return List.of(texts.reply("issues.raise.form-after-group"), prompts.chooseGroup(available));
    }
    var chosen = GroupChoice.read(turn, available, text);
    if (chosen.isEmpty()) {
      return List.of(
          texts.reply("issues.raise.group-not-recognised"), prompts.chooseGroup(available));
    }
    RaiseDraft inGroup = draft.withGroup(chosen.get().id());
    if (draft.onForm()) {
      turn.memory().write(name(), inGroup.asking(Question.TITLE));
      return List.of(Reply.card(prompts.form(inGroup, null)));
    }
    return flow.proceed(turn, inGroup, Question.TITLE);
  }

  private List<Reply> asked(Turn turn, RaiseDraft draft, String text) {
    Question question = draft.question();
    var checked = check.check(question, text);
    if (!checked.ok()) {
      return question.freeText()
          ? List.of(Reply.text(checked.problem()))
          : List.of(Reply.text(checked.problem()), prompts.ask(question));
    }
    RaiseDraft answered = draft.with(question, checked.value());
    return flow.proceed(turn, answered, question.next().orElse(null));
  }

  private List<Reply> confirming(Turn turn, RaiseDraft draft, String word) {
    if (word.equals("submit") || word.equals("yes")) {
      if (!draft.complete()) {
        return flow.proceed(turn, draft, Question.TITLE);
      }
      var result = submission.submit(turn, draft.draftId());
      var replies = new ArrayList<Reply>();
      replies.add(Reply.card(result.card()));
      replies.addAll(result.messages());
      return replies;
    }
    return List.of(texts.reply("issues.raise.confirm-how"));
  }

  private Reply notInstalled() {
    return texts.reply("issues.raise.not-installed");
  }
}
