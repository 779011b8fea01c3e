package org.interfacebot.triage;

/** The group decided to refer an issue: the chairs are asked which operational group. */
public record ReferralNeeded(long issueId, long groupId) {}
