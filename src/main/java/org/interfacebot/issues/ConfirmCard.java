package org.interfacebot.issues;

import java.util.List;

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

  static ConfirmCard of(RaiseDraft draft, String groupName, List<IssueSummary> similar) {
    return new ConfirmCard(
        draft.draftId(),
        groupName,
        draft.answer(Question.TITLE),
        draft.answer(Question.DESCRIPTION),
        label(Question.CATEGORY, draft),
        label(Question.DIRECTION, draft),
        label(Question.SOURCE, draft),
        label(Question.IMPACT, draft),
        label(Question.FREQUENCY, draft),
        draft.answer(Question.SUGGESTION),
        draft.showName()
            ? "Your name will be shown to the group with this issue."
            : "You will be anonymous to the group; I will still tell you what becomes of it.",
        similar.stream()
            .map(i -> new Similar(i.reference(), i.title(), i.category().label()))
            .toList());
  }

  /** The label of a chosen option, from its stored name. */
  static String label(Question question, RaiseDraft draft) {
    String name = draft.answer(question);
    return question.options().stream()
        .filter(o -> o.name().equals(name))
        .map(Labelled::label)
        .findFirst()
        .orElse("");
  }
}
