package org.interfacebot.shadowing;

/** Both people accepted a match: they are introduced to each other in 1:1. */
public record ShadowingAgreed(long matchId) {}
