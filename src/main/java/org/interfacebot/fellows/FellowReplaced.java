package org.interfacebot.fellows;

/**
 * A chair handed an issue that had a fellow to another fellow: the former one (by Teams id and key,
 * never by name) is told in 1:1 that it is no longer theirs.
 */
public record FellowReplaced(
    long assignmentId,
    long groupId,
    String formerTeamsId,
    String formerKey,
    java.time.Instant at) {}
