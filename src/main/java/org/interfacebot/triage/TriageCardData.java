package org.interfacebot.triage;

import java.util.List;

/** The data bound into {@code cards/triage-card.json} and {@code cards/triage-status.json}. */
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
    String status,
    String reporter,
    String raisedAt,
    int supporters,
    int votes,
    List<Option> options) {

  record Option(String code, String label, int count) {}
}
