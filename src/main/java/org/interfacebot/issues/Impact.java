package org.interfacebot.issues;

/** The impact on patients. */
public enum Impact implements Labelled {
  NONE_OR_NEAR_MISS,
  LOW,
  MODERATE,
  SEVERE;

  @Override
  public String labelKey() {
    return "issues.impact." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
