package org.interfacebot.issues;

import java.time.Clock;
import java.time.ZoneOffset;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a confirmed draft into an issue with a reference. Idempotent by draft id: a double click or
 * a redelivered activity returns the issue already raised. The reporter's thanks is published with
 * the issue ({@link IssueReceived}), not sent as the turn's reply, so that it is not lost when the
 * reply cannot be sent.
 */
@Service
class IssueIntake {

  private final IssueRepository issues;
  private final ReferenceNumbers references;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final Groups groups;
  private final Texts texts;

  IssueIntake(
      IssueRepository issues,
      ReferenceNumbers references,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock,
      Groups groups,
      Texts texts) {
    this.groups = groups;
    this.texts = texts;
    this.issues = issues;
    this.references = references;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  IssueSummary raise(RaiseDraft draft, Person reporter) {
    var existing = issues.findByDraftId(draft.draftId());
    if (existing.isPresent()) {
      return existing.get().summary();
    }
    var now = clock.instant();
    String reference = references.next(draft.groupId(), now.atZone(ZoneOffset.UTC).getYear());
    Issue issue =
        issues.saveAndFlush(
            new Issue(draft.groupId(), reference, draft, reporter.key(), reporter.name(), now));
    IssueSummary raised = issue.summary();
    // An anonymous reporter is not linked to the entry at all: the trail cannot reveal them.
    audit.record(
        raised.groupId(),
        raised.reference(),
        AuditAction.RAISED,
        raised.anonymous() ? Actor.anonymousReporter() : Actor.person(reporter),
        null);
    events.publishEvent(new IssueRaised(raised.id(), raised.groupId(), raised.reference()));
    String group =
        groups
            .byId(raised.groupId())
            .map(GroupInfo::name)
            .orElseGet(() -> texts.get("issues.the-group"));
    events.publishEvent(
        new IssueReceived(
            raised.id(),
            reporter.key(),
            texts.get("issues.raised.thanks", raised.reference(), group)));
    return raised;
  }

  @Transactional(readOnly = true)
  java.util.Optional<IssueSummary> raisedFrom(String draftId) {
    return issues.findByDraftId(draftId).map(Issue::summary);
  }
}
