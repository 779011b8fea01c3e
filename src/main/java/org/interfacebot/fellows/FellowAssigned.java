package org.interfacebot.fellows;

/**
 * A chair assigned an issue to a fellow, who is told in 1:1. The fellow's key says whom: one whom a
 * chair has replaced before Teams could take the word is not told, nor is their successor told in
 * their place (null in events from before it was kept: whoever holds the issue).
 */
public record FellowAssigned(
    long assignmentId, long groupId, java.time.Instant at, String fellowKey) {}
