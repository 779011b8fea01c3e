package org.interfacebot.issues;

import java.util.List;
import org.interfacebot.chat.Texts;

/** The data bound into {@code cards/issues-confirm.json}. */
record ConfirmCard(
    String draftId,
    String groupName,
    String title,
    String description,
    String category,
    String direction,
    String source,
    String impact,
    String frequency,
    String suggestion,
    String shownAs,
    List<Similar> similar) {

  record Similar(String reference, String title, String category) {}

  static ConfirmCard of(
      RaiseDraft draft, String groupName, List<IssueSummary> similar, Texts texts) {
    return new ConfirmCard(
        draft.draftId(),
        groupName,
        draft.answer(Question.TITLE),
        draft.answer(Question.DESCRIPTION),
        label(Question.CATEGORY, draft, texts),
        label(Question.DIRECTION, draft, texts),
        label(Question.SOURCE, draft, texts),
        label(Question.IMPACT, draft, texts),
        label(Question.FREQUENCY, draft, texts),
        draft.answer(Question.SUGGESTION),
        texts.get(draft.showName() ? "issues.confirm.named" : "issues.confirm.anonymous"),
        similar.stream()
            .map(i -> new Similar(i.reference(), i.title(), texts.label(i.category())))
            .toList());
  }

  /** The label of a chosen option, from its stored name. */
  static String label(Question question, RaiseDraft draft, Texts texts) {
    String name = draft.answer(question);
    return question.options().stream()
        .filter(o -> o.name().equals(name))
        .map(texts::label)
        .findFirst()
        .orElse("");
  }
}
