package org.interfacebot.issues;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An issue being raised, kept in the conversation's dialog memory: where the dialog is and the
 * answers so far (free text that passed the identifier guard; options by name).
 */
record RaiseDraft(
    String draftId,
    Stage stage,
    Question question,
    Long groupId,
    Map<Question, String> answers,
    Instant startedAt,
    boolean onForm) {

  enum Stage {
    /** The bot offered to start an issue from a free-text message. */
    OFFER,
    GROUP,
    ASKING,
    CONFIRM
  }

  RaiseDraft {
    var copy = new EnumMap<Question, String>(Question.class);
    if (answers != null) {
      copy.putAll(answers);
    }
    answers = copy;
  }

  static RaiseDraft start(String draftId, Instant now) {
    return new RaiseDraft(draftId, Stage.ASKING, Question.TITLE, null, null, now, false);
  }

  RaiseDraft asking(Question next) {
    return new RaiseDraft(draftId, Stage.ASKING, next, groupId, answers, startedAt, onForm);
  }

  RaiseDraft at(Stage next) {
    return new RaiseDraft(draftId, next, null, groupId, answers, startedAt, onForm);
  }

  RaiseDraft withGroup(long id) {
    return new RaiseDraft(draftId, stage, question, id, answers, startedAt, onForm);
  }

  RaiseDraft with(Question field, String value) {
    var copy = new EnumMap<Question, String>(answers);
    copy.put(field, value);
    return new RaiseDraft(draftId, stage, question, groupId, copy, startedAt, onForm);
  }

  /** The same draft, to be filled in on the form once its group is chosen. */
  RaiseDraft toFillInOnForm() {
    return new RaiseDraft(draftId, stage, question, groupId, answers, startedAt, true);
  }

  String answer(Question field) {
    return answers.getOrDefault(field, "");
  }

  /** The first question from {@code from} on that has no answer yet. */
  Optional<Question> firstUnansweredFrom(Question from) {
    for (Question q = from; q != null; q = q.next().orElse(null)) {
      if (!answers.containsKey(q)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  @JsonIgnore
  boolean complete() {
    return firstUnansweredFrom(Question.TITLE).isEmpty();
  }

  @JsonIgnore
  Category category() {
    return Category.valueOf(answer(Question.CATEGORY));
  }

  @JsonIgnore
  boolean showName() {
    return YesNo.YES.name().equals(answer(Question.SHOW_NAME));
  }
}
