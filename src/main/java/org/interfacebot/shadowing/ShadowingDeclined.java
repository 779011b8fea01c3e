package org.interfacebot.shadowing;

/** One person declined a proposed match: the other is told, without being named. */
public record ShadowingDeclined(long matchId, String declinedByKey) {}
