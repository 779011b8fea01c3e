package org.interfacebot.triage;

import java.util.Map;

/** The count of votes for each choice on one issue, as its triage round keeps it. */
record Tally(Map<TriageChoice, Integer> counts) {

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  int of(TriageChoice choice) {
    return counts.get(choice);
  }
}
