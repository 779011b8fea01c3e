package org.interfacebot.governance;

/**
 * A chair of the group asked to be forgotten and is no longer one. Carries no person key: the event
 * is kept in the publication registry, and must not become a new link to the person.
 */
public record ChairForgotten(long groupId, String teamId) {}
