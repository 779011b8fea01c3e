package org.interfacebot.fellows;

import org.interfacebot.chat.Person;

/**
 * What an {@code assign} did: nothing when the issue was already the fellow's, a first assignment,
 * or a new fellow in place of {@code former} (null unless replaced).
 */
record Assigning(Change change, Person former) {

  enum Change {
    UNCHANGED,
    ASSIGNED,
    REPLACED
  }
}
