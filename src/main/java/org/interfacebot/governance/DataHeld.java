package org.interfacebot.governance;

import java.util.List;
import org.interfacebot.issues.IssueSummary;

/** Everything the bot holds about one person, as {@code my data} shows it. */
record DataHeld(
    List<IssueSummary> issues,
    int supported,
    List<String> namedVotes,
    int anonymousVotes,
    List<String> memberOf,
    List<String> chairOf,
    boolean configuredChair,
    List<String> conversations,
    List<String> elsewhere,
    int auditEntries) {

  boolean nothing() {
    return issues.isEmpty()
        && supported == 0
        && namedVotes.isEmpty()
        && anonymousVotes == 0
        && memberOf.isEmpty()
        && chairOf.isEmpty()
        && !configuredChair
        && conversations.isEmpty()
        && elsewhere.isEmpty()
        && auditEntries == 0;
  }
}
