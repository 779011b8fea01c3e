package org.interfacebot.governance;

import java.util.List;
import java.util.Optional;

/**
 * A module that keeps more of a person's data (shadowing listings, sense-check answers, fellows'
 * assignments) tells {@code my data} about it, removes it on {@code forget me} and applies
 * retention to it; each implements this and says it in its own words.
 */
public interface PersonalRecords {

  /** Lines for {@code my data}; none when the module holds nothing about the person. */
  List<String> heldFor(String personKey);

  /** Removes the person's identity from the module's rows; a line for the reply, if any. */
  Optional<String> forget(String personKey);

  /**
   * Unlinks or deletes what the retention policy no longer allows to be kept, in the retention
   * run's transaction; returns how many records it changed. Nothing by default.
   */
  default int applyRetention(RetentionCutoffs cutoffs) {
    return 0;
  }
}
