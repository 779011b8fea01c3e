package org.interfacebot.governance;

import java.util.List;
import java.util.Optional;

/**
 * A module that keeps more of a person's data (shadowing listings, sense-check answers, fellows'
 * assignments) tells {@code my data} about it and removes it on {@code forget me}; each implements
 * this and says it in its own words.
 */
public interface PersonalRecords {

  /** Lines for {@code my data}; none when the module holds nothing about the person. */
  List<String> heldFor(String personKey);

  /** Removes the person's identity from the module's rows; a line for the reply, if any. */
  Optional<String> forget(String personKey);
}
