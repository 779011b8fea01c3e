package org.interfacebot.meetings;

/** A meeting was set or changed: its announcement card goes to the group's channel. */
public record MeetingAnnounced(long meetingId, long groupId) {}
