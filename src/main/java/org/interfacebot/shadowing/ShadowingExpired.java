package org.interfacebot.shadowing;

import java.time.Instant;

/**
 * Retention deleted a person's shadowing offer or request ({@code kind}: "offer" or "request"):
 * they are told, so that they can list it again if they are still available.
 */
public record ShadowingExpired(long listingId, String personKey, String kind, Instant listedAt) {}
