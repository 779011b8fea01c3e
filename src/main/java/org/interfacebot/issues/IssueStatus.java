package org.interfacebot.issues;

import java.util.EnumSet;
import java.util.Set;

/** Where an issue is in the group's process; the reporter is told of every change. */
public enum IssueStatus implements org.interfacebot.chat.Label {
  OPEN_FOR_TRIAGE,
  ACCEPTED,
  REFERRED,
  MORE_INFO_NEEDED,
  DECLINED,
  SCHEDULED,
  DISCUSSED,
  ACTIONED,
  CLOSED;

  @Override
  public String labelKey() {
    return "issues.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The statuses in which an issue still counts as open (for duplicates and lists). */
  public static Set<IssueStatus> open() {
    return EnumSet.complementOf(EnumSet.of(DECLINED, ACTIONED, CLOSED));
  }
}
