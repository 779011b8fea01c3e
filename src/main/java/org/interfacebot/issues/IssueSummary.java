package org.interfacebot.issues;

import java.time.Instant;
import org.interfacebot.privacy.Tombstone;

/**
 * What other modules may read of an issue. {@code reporterName} is null when the reporter chose to
 * stay anonymous to the group.
 */
public record IssueSummary(
    long id,
    long groupId,
    String reference,
    String title,
    String description,
    Category category,
    Direction direction,
    Source source,
    Impact impact,
    Frequency frequency,
    String suggestion,
    IssueStatus status,
    String reporterKey,
    String reporterName,
    Instant raisedAt) {

  public boolean anonymous() {
    return reporterName == null;
  }

  /** Whether the reporter asked to be forgotten (or retention unlinked them): nobody to tell. */
  public boolean reporterForgotten() {
    return Tombstone.is(reporterKey);
  }
}
