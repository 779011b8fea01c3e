package org.interfacebot.groups;

/** What other modules may know of a group. */
public record GroupInfo(long id, String teamId, String tenantId, String name) {}
