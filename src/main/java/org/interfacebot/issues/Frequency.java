package org.interfacebot.issues;

/** How often it happens. */
public enum Frequency implements Labelled {
  ONCE("Once"),
  OCCASIONALLY("Occasionally"),
  OFTEN("Often");

  private final String label;

  Frequency(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
