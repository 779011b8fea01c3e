package org.interfacebot.shadowing;

/** The bot found an offer and a request that fit: both people are asked in 1:1. */
public record ShadowingProposed(long matchId) {}
