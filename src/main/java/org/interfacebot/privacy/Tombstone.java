package org.interfacebot.privacy;

import java.util.UUID;

/**
 * What replaces a person's key when their identity is removed: random for every row, so rows that
 * belonged to one person can no longer be linked to them or to each other.
 */
public final class Tombstone {

  private static final String PREFIX = "gone:";

  private Tombstone() {}

  public static String next() {
    return PREFIX + UUID.randomUUID();
  }

  public static boolean is(String key) {
    return key != null && key.startsWith(PREFIX);
  }

  /** For queries that skip rows already unlinked: {@code voter_key not like ...}. */
  public static String likePattern() {
    return PREFIX + "%";
  }
}
