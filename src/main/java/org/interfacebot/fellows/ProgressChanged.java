package org.interfacebot.fellows;

/**
 * A progress update already posted in the group's channel reads differently now, e.g. without the
 * name of a fellow who asked to be forgotten: the posted message is to be brought up to date.
 */
public record ProgressChanged(long updateId, long groupId) {}
