package org.interfacebot.config;

import java.time.Duration;

/**
 * Checks a setting as it is bound, so that a bad value stops start-up with a message naming the
 * setting, the rule and the value given. (Plain checks rather than Bean Validation: the validator
 * loaded some 650 classes at every start for a handful of settings; docs/benchmarks.md, P4.)
 */
public final class SettingChecks {

  private SettingChecks() {}

  public static int between(String setting, int value, int least, int most) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(
          "%s must be between %d and %d, not %d".formatted(setting, least, most, value));
    }
    return value;
  }

  public static String notBlank(String setting, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(setting + " must be set");
    }
    return value;
  }

  public static String atLeast(String setting, String value, int characters) {
    if (value == null || value.strip().length() < characters) {
      throw new IllegalArgumentException(
          "%s must be at least %d characters long".formatted(setting, characters));
    }
    return value;
  }

  public static Duration between(String setting, Duration value, Duration least, Duration most) {
    if (value == null || value.compareTo(least) < 0 || value.compareTo(most) > 0) {
      throw new IllegalArgumentException(
          "%s must be between %s and %s, not %s".formatted(setting, least, most, value));
    }
    return value;
  }

  public static <T> T present(String setting, T value) {
    if (value == null) {
      throw new IllegalArgumentException(setting + " must be set");
    }
    return value;
  }
}
