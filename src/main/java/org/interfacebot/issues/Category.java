package org.interfacebot.issues;

import java.util.Optional;
import org.interfacebot.chat.Texts;

/** The group's themes: an issue has one, and each meeting has one. */
public enum Category implements Labelled {
  PRESCRIBING,
  IT_AND_DIGITAL,
  DISCHARGE_PLANNING,
  REFERRALS,
  TEST_RESULTS,
  CORRESPONDENCE,
  OUTPATIENTS,
  OUT_OF_HOURS,
  OTHER;

  @Override
  public String labelKey() {
    return "issues.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A theme from its words, its name or its number in the list. */
  public static Optional<Category> parse(String text, Texts texts) {
    return Labelled.parse(Category.class, text, texts);
  }
}
