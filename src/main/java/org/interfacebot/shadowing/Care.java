package org.interfacebot.shadowing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which side of the interface someone works on. */
enum Care {
  PRIMARY,
  SECONDARY;

  Care other() {
    return this == PRIMARY ? SECONDARY : PRIMARY;
  }

  static Optional<Care> fromCode(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.name().equals(c)).findFirst();
  }
}
