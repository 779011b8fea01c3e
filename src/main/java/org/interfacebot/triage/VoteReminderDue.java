package org.interfacebot.triage;

/** A member has not voted and the vote closes within a day: remind them in 1:1. */
public record VoteReminderDue(long issueId, long groupId, String memberKey) {}
