package org.interfacebot.issues;

/** A clinician raised an issue; its triage card is still to be posted in the group's channel. */
public record IssueRaised(long issueId, long groupId, String reference) {}
