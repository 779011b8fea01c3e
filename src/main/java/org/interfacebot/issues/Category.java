package org.interfacebot.issues;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The group's themes: an issue has one, and each meeting has one. */
public enum Category {
  PRESCRIBING("Prescribing"),
  IT_AND_DIGITAL("IT and digital"),
  DISCHARGE_PLANNING("Discharge planning"),
  REFERRALS("Referrals"),
  TEST_RESULTS("Test results"),
  CORRESPONDENCE("Correspondence and communication"),
  OUTPATIENTS("Outpatients"),
  OUT_OF_HOURS("Out of hours"),
  OTHER("Other");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads a category from its label, its name or its number in the list (1-based). */
  public static Optional<Category> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    if (wanted.matches("\\d{1,2}")) {
      int index = Integer.parseInt(wanted) - 1;
      Category[] all = values();
      return index >= 0 && index < all.length ? Optional.of(all[index]) : Optional.empty();
    }
    return Arrays.stream(values())
        .filter(
            c ->
                c.label.toLowerCase(Locale.ROOT).equals(wanted)
                    || c.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
