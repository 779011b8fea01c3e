package org.interfacebot.issues;

/** How the reporter came to know of the problem. */
public enum Source implements Labelled {
  OWN_EXPERIENCE("Own experience"),
  SIGNIFICANT_EVENT_ANALYSIS("Significant event analysis"),
  PATIENT_FEEDBACK("Patient feedback or complaint"),
  OTHER("Other");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
