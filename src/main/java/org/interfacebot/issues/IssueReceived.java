package org.interfacebot.issues;

/**
 * An issue was raised: its reporter is to be thanked in their 1:1 chat with its reference.
 * Published with the issue, so the thanks is delivered even when Teams was down at the moment of
 * submitting.
 */
public record IssueReceived(long issueId, String reporterKey, String message) {}
