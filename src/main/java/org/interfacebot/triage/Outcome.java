package org.interfacebot.triage;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** The group's rule: the option with most votes wins, given a quorum; a tie decides nothing. */
final class Outcome {

  private Outcome() {}

  static Optional<TriageChoice> of(Tally tally, int quorum) {
    if (tally.total() < quorum) {
      return Optional.empty();
    }
    var ranked =
        tally.counts().entrySet().stream()
            .sorted(Map.Entry.<TriageChoice, Integer>comparingByValue(Comparator.reverseOrder()))
            .toList();
    boolean tie = ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue());
    return tie ? Optional.empty() : Optional.of(ranked.get(0).getKey());
  }

  static String whyUndecided(Tally tally, int quorum, org.interfacebot.chat.Texts texts) {
    return tally.total() < quorum
        ? texts.get("triage.rule.short-of-quorum", tally.total(), quorum)
        : texts.get("triage.rule.tied");
  }
}
