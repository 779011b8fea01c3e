package org.interfacebot.issues;

/** How often it happens. */
public enum Frequency implements Labelled {
  ONCE,
  OCCASIONALLY,
  OFTEN;

  @Override
  public String labelKey() {
    return "issues.frequency." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
