package org.interfacebot.triage;

/**
 * The reporter has not answered the group's request for more information for a while: remind them
 * once in 1:1, with the card to answer on.
 */
public record MoreInfoReminderDue(long issueId, String reporterKey) {}
