package org.interfacebot.issues;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads issues for other modules. */
@Service
public class Issues {

  private final IssueRepository issues;
  private final SupportRepository supports;

  Issues(IssueRepository issues, SupportRepository supports) {
    this.issues = issues;
    this.supports = supports;
  }

  /** How many clinicians added their experience (+1) to the issue. */
  @Transactional(readOnly = true)
  public int supportCount(long issueId) {
    return supports.countByIssueId(issueId);
  }

  /** Finds an issue by its reference among the given groups' issues (references are per group). */
  @Transactional(readOnly = true)
  public Optional<IssueSummary> byReference(String reference, Collection<Long> groupIds) {
    if (reference == null || groupIds.isEmpty()) {
      return Optional.empty();
    }
    return issues
        .findFirstByReferenceAndGroupIdIn(reference.strip().toUpperCase(Locale.ROOT), groupIds)
        .map(Issue::summary);
  }

  @Transactional(readOnly = true)
  public Optional<IssueSummary> byId(long id) {
    return issues.findById(id).map(Issue::summary);
  }
}
