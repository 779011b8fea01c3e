package org.interfacebot.meetings;

/** A meeting is a week or a day away: remind the group's channel, with the agenda. */
public record MeetingReminderDue(long meetingId, long groupId, String when) {}
