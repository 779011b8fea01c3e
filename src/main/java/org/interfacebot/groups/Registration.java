package org.interfacebot.groups;

/**
 * The outcome of registering a team: the group, whether it is new, and whether the bot is back in a
 * team it had been removed from.
 */
public record Registration(GroupInfo group, boolean isNew, boolean isBack) {}
