package org.interfacebot.meetings;

/** A meeting's minutes must reach one network's channel (once). */
public record MinutesCascaded(long meetingId, long networkId, String networkTeamId) {}
