package org.interfacebot.shadowing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposes freed listings again, in a transaction of its own after the one that freed them: that
 * one (a Decline holding its match, a withdrawal holding its listing's matches) would otherwise
 * lock listings after a match, the opposite of the order in which a withdrawal, {@code forget me}
 * and retention lock them, and the two could deadlock. Tried again if it fails, like a delivery.
 */
@Component
class FreedListings {

  private final Shadowing shadowing;

  FreedListings(Shadowing shadowing) {
    this.shadowing = shadowing;
  }

  @ApplicationModuleListener
  void on(ListingsFreed freed) {
    freed.listingIds().forEach(shadowing::proposeAgain);
  }
}
