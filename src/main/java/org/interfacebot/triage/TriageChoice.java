package org.interfacebot.triage;

import java.util.Arrays;
import java.util.Optional;
import org.interfacebot.chat.Label;

/** What a member can vote for on a triage card. */
public enum TriageChoice implements Label {
  DISCUSS("discuss"),
  REFER("refer"),
  MORE_INFO("more-info"),
  DECLINE("decline");

  private final String code;

  TriageChoice(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  @Override
  public String labelKey() {
    return "triage.choice." + code;
  }

  public static Optional<TriageChoice> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
