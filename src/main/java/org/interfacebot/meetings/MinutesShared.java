package org.interfacebot.meetings;

/**
 * A chair posted a meeting's minutes: the minutes card goes out and reporters hear outcomes. {@code
 * sharedAt} tells one sharing of a meeting's minutes from a later correction, so that a delivery
 * retried does not repeat what it sent and a correction still goes out.
 */
public record MinutesShared(long meetingId, long groupId, java.time.Instant sharedAt) {}
