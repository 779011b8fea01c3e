package org.interfacebot.issues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves issues through the group's process; every change is announced to the reporter. */
@Service
public class IssueProgress {

  private final IssueRepository issues;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  IssueProgress(IssueRepository issues, ApplicationEventPublisher events, java.time.Clock clock) {
    this.issues = issues;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Sets an issue's status, with an optional note for the reporter (e.g. the operational group it
   * was referred to). A status that does not change tells nobody anything.
   */
  /** Tells the reporter something new about their issue without changing its status. */
  @Transactional
  public void tell(long issueId, String note) {
    IssueSummary issue = issues.findById(issueId).orElseThrow().summary();
    events.publishEvent(
        new IssueStatusChanged(
            issue.id(),
            issue.reporterKey(),
            issue.reference(),
            issue.title(),
            issue.status(),
            note));
  }

  @Transactional
  public IssueSummary moveTo(long issueId, IssueStatus status, String note) {
    Issue issue = issues.findById(issueId).orElseThrow();
    if (issue.status() != status) {
      issue.moveTo(status, clock.instant());
      IssueSummary moved = issue.summary();
      events.publishEvent(
          new IssueStatusChanged(
              moved.id(), moved.reporterKey(), moved.reference(), moved.title(), status, note));
    }
    return issue.summary();
  }
}
