package org.interfacebot.chat;

/**
 * The Teams activity a card action arrived in, for an action that claims it in the transaction that
 * does its work ({@link CardAction#claimsItsActivity()}): the claim commits, or rolls back, with
 * the work, in one commit instead of two (P2 in docs/benchmarks.md). A repeat that Teams delivers
 * again is refused, as it is for every other activity.
 */
@FunctionalInterface
public interface ActivityClaim {

  /** Nothing to claim here: the activity was claimed before the turn began, or has no id. */
  ActivityClaim NONE = () -> {};

  /**
   * Claims the activity in the caller's transaction.
   *
   * @throws CardActionRefused when it was done before (the answer is "Already done.")
   */
  void take();
}
