package org.interfacebot.issues;

/** How long each answer may be. */
final class IssueLimits {

  static final int TITLE = 120;
  static final int DESCRIPTION = 2000;

  private IssueLimits() {}
}
