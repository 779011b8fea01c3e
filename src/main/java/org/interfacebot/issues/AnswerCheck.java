package org.interfacebot.issues;

import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Texts;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/**
 * Checks an answer before anything keeps it: not empty (unless optional), within its limit, an
 * option from the list, and free of patient identifiers. A refused answer is never echoed back.
 */
@Component
class AnswerCheck {

  private final PatientIdentifierGuard guard;
  private final Texts texts;

  AnswerCheck(PatientIdentifierGuard guard, Texts texts) {
    this.texts = texts;
    this.guard = guard;
  }

  /** Either the value to keep, or a problem to tell the person. */
  record Checked(String value, String problem) {

    static Checked ok(String value) {
      return new Checked(value, null);
    }

    static Checked refused(String problem) {
      return new Checked(null, problem);
    }

    boolean ok() {
      return problem == null;
    }
  }

  Checked check(Question question, String answer) {
    String text = answer == null ? "" : answer.strip();
    if (!question.freeText()) {
      return question
          .option(text, texts)
          .map(Checked::ok)
          .orElseGet(() -> Checked.refused(texts.get("issues.answer.not-recognised")));
    }
    // "Skip." as a phone writes it is the word too, not a suggestion or a title.
    boolean skip = ChatCommand.bare(text).equals("skip");
    if (question.optional() && (text.isEmpty() || skip)) {
      return Checked.ok("");
    }
    if (skip) {
      return Checked.refused(
          texts.get("issues.answer.not-skippable", texts.get(question.labelKey())));
    }
    // A title is one line wherever it shows (lists, headings, card facts): a line break pasted
    // or typed on a phone into it is a space.
    String answered = question == Question.TITLE ? text.replaceAll("\\s+", " ") : text;
    return text(texts.get(question.labelKey()), answered, question.limit());
  }

  /** Checks free text that is not one of the questions, such as a comment; label as worded. */
  Checked text(String label, String answer, int limit) {
    String text = answer == null ? "" : answer.strip();
    if (text.isEmpty()) {
      return Checked.refused(texts.get("issues.answer.empty", label));
    }
    int length = text.length();
    if (length > limit) {
      return Checked.refused(texts.get("issues.answer.too-long", label, length, limit));
    }
    var verdict = guard.check(text);
    if (!verdict.clean()) {
      return Checked.refused(verdict.explanation(label, texts));
    }
    return Checked.ok(text);
  }
}
