package org.interfacebot.fellows;

/** A chair assigned an issue to a fellow, who is told in 1:1. */
public record FellowAssigned(long assignmentId, long groupId, java.time.Instant at) {}
