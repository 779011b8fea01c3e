package org.interfacebot.cards;

/** Adaptive-expressions' ReturnType flags, which its validators check when a template loads. */
final class ReturnType {
  static final int BOOLEAN = 1;
  static final int NUMBER = 2;
  static final int OBJECT = 4;
  static final int STRING = 8;
  static final int ARRAY = 16;

  private ReturnType() {}
}
