package org.interfacebot.meetings;

/** Someone pressed "Raise an issue for this theme": invite them in their 1:1 chat. */
public record RaiseInvited(long groupId, String personKey, String teamsUserId, String theme) {}
