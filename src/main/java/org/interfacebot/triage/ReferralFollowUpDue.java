package org.interfacebot.triage;

/** A referred issue has had no reply by its follow-up date: remind the chairs in the channel. */
public record ReferralFollowUpDue(
    long issueId, long groupId, String reference, String referredTo) {}
