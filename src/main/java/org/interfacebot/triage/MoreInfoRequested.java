package org.interfacebot.triage;

/** The group needs more information: the reporter is asked in 1:1. */
public record MoreInfoRequested(long issueId, String reporterKey) {}
