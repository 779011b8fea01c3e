package org.interfacebot.issues;

/** Which way across the interface the problem happened. */
public enum Direction implements Labelled {
  PRIMARY_TO_SECONDARY("Primary to secondary care"),
  SECONDARY_TO_PRIMARY("Secondary to primary care"),
  BOTH("Both ways"),
  OUT_OF_HOURS("Out of hours"),
  OTHER("Other");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
