package org.interfacebot.issues;

/** How the reporter came to know of the problem. */
public enum Source implements Labelled {
  OWN_EXPERIENCE,
  SIGNIFICANT_EVENT_ANALYSIS,
  PATIENT_FEEDBACK,
  OTHER;

  @Override
  public String labelKey() {
    return "issues.source." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
