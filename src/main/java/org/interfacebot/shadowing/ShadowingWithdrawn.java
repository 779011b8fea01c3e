package org.interfacebot.shadowing;

/**
 * Someone withdrew an offer or request that was in a proposed or agreed match: the match is gone,
 * the other person is told and both proposal cards are shown settled.
 */
public record ShadowingWithdrawn(
    long matchId, String offerKey, String requestKey, String withdrawnByKey) {

  /** The person who did not withdraw. */
  public String partnerKey() {
    return withdrawnByKey.equals(offerKey) ? requestKey : offerKey;
  }
}
