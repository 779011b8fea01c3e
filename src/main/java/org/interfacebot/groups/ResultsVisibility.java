package org.interfacebot.groups;

/** When members see the triage tallies. */
public enum ResultsVisibility {
  ALWAYS("always"),
  AFTER_VOTING("after you have voted"),
  AFTER_CLOSE("after the vote closes");

  private final String label;

  ResultsVisibility(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
