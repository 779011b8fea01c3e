package org.interfacebot.shadowing;

/**
 * One person declined a proposed match: the other is told, without being named, and their proposal
 * card is shown declined.
 *
 * <p>The one who declined is not named ({@code ""} in their place and as {@code declinedByKey}),
 * and the event says whom to tell rather than leaving the listener to find them from the match: a
 * delivery held up while Teams is down for the other person must outlive the decliner's {@code
 * forget me}, which deletes every delivery naming them and, with their listings, the match.
 *
 * @param declinedByKey {@code ""}; the decliner's key in an event stored before the two keys were
 *     added (those have no {@code offerKey} or {@code requestKey}, and the match tells whom to
 *     tell)
 * @param offerKey the person whose offer it was, {@code ""} when they declined; null in an event
 *     stored before
 * @param requestKey the person whose request it was, {@code ""} when they declined; null in an
 *     event stored before
 */
public record ShadowingDeclined(
    long matchId, String declinedByKey, String offerKey, String requestKey) {

  /** Whether the event was stored before it said whom to tell. */
  public boolean namesDecliner() {
    return offerKey == null || requestKey == null;
  }

  /** The person who did not decline; only for an event that says so. */
  public String partnerKey() {
    return offerKey.isEmpty() ? requestKey : offerKey;
  }

  /** Whether the person who did not decline is on the offer's side; as {@link #partnerKey()}. */
  public boolean partnerOffers() {
    return !offerKey.isEmpty();
  }
}
