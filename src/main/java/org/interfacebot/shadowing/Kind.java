package org.interfacebot.shadowing;

/** An offer to be shadowed, or a request to shadow someone. */
enum Kind {
  OFFER,
  REQUEST;

  Kind other() {
    return this == OFFER ? REQUEST : OFFER;
  }
}
