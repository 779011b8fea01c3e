package org.interfacebot.triage;

/** A vote closed without a decision (a tie, or no quorum): the chairs are asked in the channel. */
public record ChairsAsked(long issueId, long groupId, String reference, String why) {}
