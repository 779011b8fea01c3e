package org.interfacebot.issues;

/** The impact on patients. */
public enum Impact implements Labelled {
  NONE_OR_NEAR_MISS("None or near miss"),
  LOW("Low"),
  MODERATE("Moderate"),
  SEVERE("Severe");

  private final String label;

  Impact(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
