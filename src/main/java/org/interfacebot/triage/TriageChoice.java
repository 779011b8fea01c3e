package org.interfacebot.triage;

import java.util.Arrays;
import java.util.Optional;

/** What a member can vote for on a triage card. */
public enum TriageChoice {
  DISCUSS("discuss", "Discuss at group"),
  REFER("refer", "Refer to operational group"),
  MORE_INFO("more-info", "Need more information"),
  DECLINE("decline", "Not for the group");

  private final String code;
  private final String label;

  TriageChoice(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<TriageChoice> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
