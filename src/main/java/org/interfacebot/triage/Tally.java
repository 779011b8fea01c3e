package org.interfacebot.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The count of votes for each choice on one issue. */
record Tally(Map<TriageChoice, Integer> counts) {

  static Tally of(List<Vote> votes) {
    var counts = new EnumMap<TriageChoice, Integer>(TriageChoice.class);
    for (TriageChoice choice : TriageChoice.values()) {
      counts.put(choice, 0);
    }
    votes.forEach(v -> counts.merge(v.choice(), 1, Integer::sum));
    return new Tally(counts);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  int of(TriageChoice choice) {
    return counts.get(choice);
  }
}
