package org.interfacebot.meetings;

/**
 * A meeting is a week or a day away: remind the group's channel, with the agenda. {@code when} is
 * how soon it was when due; the reminder is worded when it is sent ({@link MeetingCards#reminder}).
 */
public record MeetingReminderDue(long meetingId, long groupId, String when) {}
