package org.interfacebot.issues;

import java.util.EnumSet;
import java.util.Set;

/** Where an issue is in the group's process; the reporter is told of every change. */
public enum IssueStatus {
  OPEN_FOR_TRIAGE("Open for triage"),
  ACCEPTED("Accepted: to be discussed at a group meeting"),
  REFERRED("Referred to an operational group"),
  MORE_INFO_NEEDED("More information needed"),
  DECLINED("Not taken on by the group"),
  SCHEDULED("Scheduled for a group meeting"),
  DISCUSSED("Discussed at a group meeting"),
  ACTIONED("Actioned"),
  CLOSED("Closed");

  private final String label;

  IssueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses in which an issue still counts as open (for duplicates and lists). */
  public static Set<IssueStatus> open() {
    return EnumSet.complementOf(EnumSet.of(DECLINED, ACTIONED, CLOSED));
  }
}
