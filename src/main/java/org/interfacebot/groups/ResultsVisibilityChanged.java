package org.interfacebot.groups;

/**
 * A chair changed when the group's triage results show: the cards everyone shares change with it.
 * Published in the transaction of the change.
 */
public record ResultsVisibilityChanged(long groupId) {}
