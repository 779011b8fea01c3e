package org.interfacebot.fellows;

/** A fellow posted progress: it goes to the group's channel and to the reporter. */
public record ProgressPosted(long updateId, long groupId) {}
