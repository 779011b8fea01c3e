package org.interfacebot.issues;

import java.util.Optional;

/** Checks a typed answer before it is kept: not empty, not too long. */
final class AnswerCheck {

  private AnswerCheck() {}

  static Optional<String> text(String field, String text, int limit) {
    if (text == null || text.isBlank()) {
      return Optional.of("The %s can't be empty. Please type it again.".formatted(field));
    }
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length > limit) {
      return Optional.of(
          "That %s is %,d characters long; the limit is %,d. Please shorten it."
              .formatted(field, length, limit));
    }
    return Optional.empty();
  }
}
