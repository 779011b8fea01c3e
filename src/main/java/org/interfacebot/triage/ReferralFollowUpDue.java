package org.interfacebot.triage;

/**
 * A referred issue has had no reply by its follow-up date: remind the chairs in the channel. With
 * no {@code referredTo}, the group decided to refer it and no chair has named the group since.
 */
public record ReferralFollowUpDue(
    long issueId, long groupId, String reference, String referredTo) {}
