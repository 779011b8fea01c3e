package org.interfacebot.triage;

/** Where an issue's triage vote is. */
enum RoundState {
  OPEN,
  /** Closed at the deadline with a tie or without a quorum: the chairs decide. */
  AWAITING_CHAIR,
  CLOSED
}
