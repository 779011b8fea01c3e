package org.interfacebot.issues;

/** Which way across the interface the problem happened. */
public enum Direction implements Labelled {
  PRIMARY_TO_SECONDARY,
  SECONDARY_TO_PRIMARY,
  BOTH,
  OUT_OF_HOURS,
  OTHER;

  @Override
  public String labelKey() {
    return "issues.direction." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
