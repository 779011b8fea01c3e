package org.interfacebot.issues;

/**
 * An issue moved on; its reporter is told in their 1:1 chat (anonymous reporters too: anonymity
 * hides the name from the group, not the feedback).
 */
public record IssueStatusChanged(
    long issueId,
    String reporterKey,
    String reference,
    String title,
    IssueStatus status,
    String note) {}
