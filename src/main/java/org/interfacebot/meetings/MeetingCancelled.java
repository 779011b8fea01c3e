package org.interfacebot.meetings;

/**
 * A chair cancelled a meeting: tell the group's channel, which was told of it. The theme as it
 * reads in a sentence and when it was to be, as people read it.
 */
public record MeetingCancelled(long groupId, String theme, String when) {}
