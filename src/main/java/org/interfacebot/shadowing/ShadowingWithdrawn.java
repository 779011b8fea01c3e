package org.interfacebot.shadowing;

/**
 * Someone withdrew an offer or request that was in a proposed or agreed match: the match is gone,
 * the other person is told and both proposal cards are shown settled.
 *
 * <p>The one who withdrew is not named ({@code ""} in their place and as {@code withdrawnByKey}):
 * the event is about them but goes to the other person, and a delivery held up while Teams is down
 * for that person must outlive the withdrawer's {@code forget me}, which deletes every delivery
 * naming them. Their own card is found by the chat it was posted in. Events stored before this name
 * the withdrawer in both places and are handled the same way.
 *
 * @param offerKey the person whose offer it was, or {@code ""} when they withdrew it
 * @param requestKey the person whose request it was, or {@code ""} when they withdrew it
 * @param withdrawnByKey {@code ""}; the withdrawer's key in an event stored before
 */
public record ShadowingWithdrawn(
    long matchId, String offerKey, String requestKey, String withdrawnByKey) {

  /** The person who did not withdraw: the other side from {@code withdrawnByKey}. */
  public String partnerKey() {
    return withdrawnByKey.equals(offerKey) ? requestKey : offerKey;
  }
}
