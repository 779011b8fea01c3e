package org.interfacebot.issues;

import java.time.Instant;

/** What other modules may read of an issue. */
public record IssueSummary(
    long id,
    long groupId,
    String reference,
    String title,
    String description,
    Category category,
    IssueStatus status,
    String reporterKey,
    String reporterName,
    Instant raisedAt) {}
