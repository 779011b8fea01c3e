package org.interfacebot.issues;

/** A clinician added their experience (+1) to an issue: its triage card shows a new count. */
public record IssueSupported(long issueId) {}
