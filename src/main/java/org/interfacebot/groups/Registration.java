package org.interfacebot.groups;

/** The outcome of registering a team: the group, and whether it is new. */
public record Registration(GroupInfo group, boolean isNew) {}
