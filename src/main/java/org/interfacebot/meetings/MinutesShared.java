package org.interfacebot.meetings;

/** A chair posted a meeting's minutes: the minutes card goes out and reporters hear outcomes. */
public record MinutesShared(long meetingId, long groupId) {}
