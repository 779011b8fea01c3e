package org.interfacebot.issues;

/** Where an issue is in the group's process. */
public enum IssueStatus {
  OPEN_FOR_TRIAGE("Open for triage");

  private final String label;

  IssueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
