package org.interfacebot.triage;

import java.util.Collection;
import java.util.List;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for more information that nobody can answer any more: the reporter asked to be forgotten
 * while the group waited for them. As with a vote for more information from a reporter nobody can
 * ask, the issue goes to the chairs; left waiting, nobody could ever answer or close it.
 */
@Service
public class UnanswerableRequests {

  private final TriageRoundRepository rounds;
  private final Issues issues;
  private final IssueProgress progress;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Texts texts;

  UnanswerableRequests(
      TriageRoundRepository rounds,
      Issues issues,
      IssueProgress progress,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Texts texts) {
    this.rounds = rounds;
    this.issues = issues;
    this.progress = progress;
    this.audit = audit;
    this.events = events;
    this.texts = texts;
  }

  /**
   * Of these issues, whose reporter has just been forgotten, sends those waiting for the reporter's
   * answer back to the chairs: open for triage again, awaiting their decision, the channel told.
   * Returns them.
   */
  @Transactional
  public List<Long> toChairs(Collection<Long> issueIds) {
    return issueIds.stream().filter(this::toChairs).toList();
  }

  private boolean toChairs(long issueId) {
    var issue = issues.byId(issueId).orElseThrow();
    var round = rounds.lock(issueId);
    if (issue.status() != IssueStatus.MORE_INFO_NEEDED
        || !issue.reporterForgotten()
        || round.isEmpty()) {
      return false;
    }
    round.get().backToChairs();
    progress.moveTo(issueId, IssueStatus.OPEN_FOR_TRIAGE, texts.get("triage.rule.reporter-gone"));
    audit.record(
        issue.groupId(),
        issue.reference(),
        AuditAction.CLOSED,
        Actor.bot(),
        TriageClosing.UNDECIDED);
    events.publishEvent(
        new ChairsAsked(
            issueId, issue.groupId(), issue.reference(), texts.get("triage.rule.reporter-gone")));
    events.publishEvent(new TriageCardChanged(issueId));
    return true;
  }
}
