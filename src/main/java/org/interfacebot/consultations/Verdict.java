package org.interfacebot.consultations;

import java.util.Arrays;
import java.util.Optional;

/** A member's answer to a sense-check. */
enum Verdict {
  LOOKS_GOOD("good"),
  CONCERNS("concerns");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static Optional<Verdict> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
