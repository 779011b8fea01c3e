package org.interfacebot.shadowing;

/**
 * A match still proposed or agreed lost a listing that its owner did not withdraw: {@code forget
 * me} or retention removed it. As for a {@link ShadowingWithdrawn}, the other person is told and
 * the proposal cards are shown settled, but in words that do not say anyone withdrew.
 *
 * <p>A person who asked to be forgotten is never in it ({@code ""} in their place): the event is
 * stored as a publication in {@code forget me}'s own transaction, after the deliveries naming them
 * were deleted, and must not name them again.
 *
 * @param offerKey the person whose offer it was, or {@code ""} when they were forgotten
 * @param requestKey the person whose request it was, or {@code ""} when they were forgotten
 * @param partnerKey the person whose listing stays, to be told; {@code ""} when both went
 */
public record ShadowingMatchRemoved(
    long matchId, String offerKey, String requestKey, String partnerKey) {}
