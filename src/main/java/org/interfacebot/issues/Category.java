package org.interfacebot.issues;

import java.util.Optional;

/** The group's themes: an issue has one, and each meeting has one. */
public enum Category implements Labelled {
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

  @Override
  public String label() {
    return label;
  }

  public static Optional<Category> parse(String text) {
    return Labelled.parse(Category.class, text);
  }
}
