package org.interfacebot.triage;

import java.util.List;

/**
 * The data bound into {@code cards/triage-card.json} and {@code cards/triage-status.json}: one
 * issue's triage as a given viewer may see it (or as everyone sees it on the posted card).
 */
record TriageCardData(
    String reference,
    String title,
    String description,
    String category,
    String direction,
    String source,
    String impact,
    String frequency,
    String suggestion,
    List<String> notes,
    String status,
    String reporter,
    String raisedAt,
    int supporters,
    List<String> experiences,
    int votes,
    String stateText,
    boolean open,
    boolean showResults,
    String resultsHint,
    String yourVote,
    boolean chairCanClose,
    List<String> userIds,
    List<Option> options) {

  record Option(String code, String label, int count) {}
}
