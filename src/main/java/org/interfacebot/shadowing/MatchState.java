package org.interfacebot.shadowing;

/** Where a proposed match is: waiting for both to accept, agreed (introduced), or declined. */
enum MatchState {
  PROPOSED,
  AGREED,
  DECLINED
}
