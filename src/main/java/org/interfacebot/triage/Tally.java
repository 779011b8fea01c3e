package org.interfacebot.triage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The count of votes for each choice on one issue. */
record Tally(Map<TriageChoice, Integer> counts) {

  /** From the database's count per choice: one small row per choice, however many voted. */
  static Tally of(List<ChoiceCount> counted) {
    var counts = new EnumMap<TriageChoice, Integer>(TriageChoice.class);
    for (TriageChoice choice : TriageChoice.values()) {
      counts.put(choice, 0);
    }
    counted.forEach(c -> counts.put(c.choice(), Math.toIntExact(c.votes())));
    return new Tally(counts);
  }

  /** How many votes one choice has. */
  record ChoiceCount(TriageChoice choice, long votes) {}

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  int of(TriageChoice choice) {
    return counts.get(choice);
  }
}
