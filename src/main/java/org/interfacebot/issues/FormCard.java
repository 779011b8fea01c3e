package org.interfacebot.issues;

import java.util.List;
import org.interfacebot.chat.Texts;

/** The data bound into {@code cards/issues-form.json}: the whole issue on one card. */
record FormCard(
    String draftId,
    String error,
    String title,
    String description,
    String category,
    String direction,
    String source,
    String impact,
    String frequency,
    String suggestion,
    String showName,
    List<Option> categories,
    List<Option> directions,
    List<Option> sources,
    List<Option> impacts,
    List<Option> frequencies,
    List<Option> showNameOptions) {

  record Option(String title, String value) {}

  static FormCard of(RaiseDraft draft, String error, Texts texts) {
    return new FormCard(
        draft.draftId(),
        error == null ? "" : error,
        draft.answer(Question.TITLE),
        draft.answer(Question.DESCRIPTION),
        draft.answer(Question.CATEGORY),
        draft.answer(Question.DIRECTION),
        draft.answer(Question.SOURCE),
        draft.answer(Question.IMPACT),
        draft.answer(Question.FREQUENCY),
        draft.answer(Question.SUGGESTION),
        draft.answer(Question.SHOW_NAME),
        options(Question.CATEGORY, texts),
        options(Question.DIRECTION, texts),
        options(Question.SOURCE, texts),
        options(Question.IMPACT, texts),
        options(Question.FREQUENCY, texts),
        options(Question.SHOW_NAME, texts));
  }

  private static List<Option> options(Question question, Texts texts) {
    return question.options().stream().map(o -> new Option(texts.label(o), o.name())).toList();
  }
}
