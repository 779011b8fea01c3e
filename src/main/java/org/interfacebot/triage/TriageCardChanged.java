package org.interfacebot.triage;

/** An issue's triage card must be brought up to date: a vote, a close, a reopen. */
public record TriageCardChanged(long issueId) {}
