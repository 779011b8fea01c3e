package org.interfacebot.meetings;

/**
 * A meeting's minutes must reach one network's channel (once for each sharing: {@code sharedAt}, as
 * in {@link MinutesShared}, lets a correction through; null in events stored before it was added).
 */
public record MinutesCascaded(
    long meetingId, long networkId, String networkTeamId, java.time.Instant sharedAt) {}
