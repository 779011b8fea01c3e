package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/**
 * The single-card form: its Continue button ({@code raise.form}) checks every field at once and
 * moves on to the confirmation card.
 */
@Component
class RaiseForm implements CardAction {

  private final AnswerCheck check;
  private final RaiseFlow flow;
  private final RaisePrompts prompts;
  private final Texts texts;

  RaiseForm(AnswerCheck check, RaiseFlow flow, RaisePrompts prompts, Texts texts) {
    this.texts = texts;
    this.check = check;
    this.flow = flow;
    this.prompts = prompts;
  }

  @Override
  public String verb() {
    return "raise.form";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    RaiseDraft draft = activeDraft(turn, data, texts);
    List<String> problems = new ArrayList<>();
    for (Question question : Question.values()) {
      String answer = data.path(inputId(question)).asText("");
      var checked = check.check(question, answer);
      if (checked.ok()) {
        draft = draft.with(question, checked.value());
      } else {
        problems.add(
            question.freeText()
                ? checked.problem()
                : texts.get("issues.form.choose", texts.get(question.labelKey())));
        draft = without(draft, question);
      }
    }
    if (!problems.isEmpty()) {
      turn.memory().write(RaiseFlow.DIALOG, draft);
      return Result.replaceWith(prompts.form(draft, String.join("\n\n", problems)));
    }
    return Result.replaceWith(flow.confirm(turn, draft));
  }

  static String inputId(Question question) {
    return question == Question.SHOW_NAME ? "showName" : question.name().toLowerCase(Locale.ROOT);
  }

  static RaiseDraft activeDraft(Turn turn, JsonNode data, Texts texts) {
    String draftId = data.path("draftId").asText("");
    return RaiseFlow.draft(turn.memory())
        .filter(d -> d.draftId().equals(draftId) && d.groupId() != null)
        .orElseThrow(() -> new CardActionRefused(texts.get("issues.form.draft-closed")));
  }

  private static RaiseDraft without(RaiseDraft draft, Question question) {
    var answers = new java.util.EnumMap<Question, String>(Question.class);
    answers.putAll(draft.answers());
    answers.remove(question);
    return new RaiseDraft(
        draft.draftId(),
        draft.stage(),
        draft.question(),
        draft.groupId(),
        answers,
        draft.startedAt(),
        draft.onForm());
  }

  /** The confirmation card's Edit button: the whole issue back on the form. */
  @Component
  static class Edit implements CardAction {

    private final RaisePrompts prompts;
    private final Texts texts;

    Edit(RaisePrompts prompts, Texts texts) {
      this.prompts = prompts;
      this.texts = texts;
    }

    @Override
    public String verb() {
      return "raise.edit";
    }

    @Override
    public Result handle(Turn turn, JsonNode data) {
      return Result.replaceWith(prompts.form(activeDraft(turn, data, texts), null));
    }
  }
}
