package org.interfacebot.issues;

import java.util.List;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the issues module holds about a person as reporter or supporter (+1), and removing it: their
 * issues stay for the group, anonymous.
 */
@Service
public class ReporterIdentities {

  private final IssueRepository issues;
  private final SupportRepository supports;

  ReporterIdentities(IssueRepository issues, SupportRepository supports) {
    this.issues = issues;
    this.supports = supports;
  }

  @Transactional(readOnly = true)
  public List<IssueSummary> raisedBy(String personKey) {
    return issues.findByReporterKeyOrderByRaisedAtDesc(personKey).stream()
        .map(Issue::summary)
        .toList();
  }

  /** How many issues the person added their experience to. */
  @Transactional(readOnly = true)
  public int supportedBy(String personKey) {
    return supports.findBySupporterKey(personKey).size();
  }

  /**
   * Unlinks the person from the issues they raised or supported; returns how many issues they had
   * raised. They are no longer told of changes: nothing leads back to them.
   */
  @Transactional
  public int forget(String personKey) {
    var raised = issues.findByReporterKeyOrderByRaisedAtDesc(personKey);
    raised.forEach(issue -> issue.anonymise(Tombstone.next()));
    supports.findBySupporterKey(personKey).forEach(s -> s.unlink(Tombstone.next()));
    return raised.size();
  }
}
