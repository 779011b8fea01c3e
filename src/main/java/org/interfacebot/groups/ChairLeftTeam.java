package org.interfacebot.groups;

/**
 * An appointed chair was removed from the group's team (Teams said so), and so no longer chairs it.
 * Carries no person key: the event is kept in the publication registry, and must not become a new
 * link to the person.
 */
public record ChairLeftTeam(long groupId, String teamId) {}
