package org.interfacebot.governance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.ReporterIdentities;
import org.interfacebot.meetings.Meetings;
import org.interfacebot.triage.TriageCardChanged;
import org.interfacebot.triage.UnanswerableRequests;
import org.interfacebot.triage.VoterRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data across the modules: what is held about them, and removing their identity from
 * all of it in one transaction, keeping what the group needs (issues' content, vote tallies).
 */
@Service
class PersonalData {

  private final ReporterIdentities reporters;
  private final Issues issues;
  private final VoterRecords voters;
  private final UnanswerableRequests unanswerable;
  private final Members members;
  private final Chairs chairs;
  private final Groups groups;
  private final PersonalConversations conversations;
  private final Meetings meetings;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final List<PersonalRecords> elsewhere;
  private final Texts texts;

  PersonalData(
      ReporterIdentities reporters,
      Issues issues,
      VoterRecords voters,
      UnanswerableRequests unanswerable,
      Members members,
      Chairs chairs,
      Groups groups,
      PersonalConversations conversations,
      Meetings meetings,
      AuditTrail audit,
      ApplicationEventPublisher events,
      List<PersonalRecords> elsewhere,
      Texts texts) {
    this.texts = texts;
    this.elsewhere = elsewhere;
    this.meetings = meetings;
    this.audit = audit;
    this.reporters = reporters;
    this.issues = issues;
    this.voters = voters;
    this.unanswerable = unanswerable;
    this.members = members;
    this.chairs = chairs;
    this.groups = groups;
    this.conversations = conversations;
    this.events = events;
  }

  @Transactional(readOnly = true)
  DataHeld heldFor(String personKey) {
    var votes = voters.heldFor(personKey);
    List<String> namedVotes =
        votes.named().stream()
            .map(
                v ->
                    issues
                            .byId(v.issueId())
                            .map(IssueSummary::reference)
                            .orElseGet(() -> texts.get("governance.my-data.an-issue"))
                        + ": "
                        + texts.label(v.choice()))
            .toList();
    return new DataHeld(
        reporters.raisedBy(personKey),
        reporters.supportedBy(personKey),
        namedVotes,
        votes.anonymous(),
        names(members.groupsOf(personKey)),
        names(chairs.chairedBy(personKey)),
        chairs.configured(personKey),
        conversations.heldFor(personKey),
        java.util.stream.Stream.concat(
                conversations.namingFor(personKey).stream(),
                elsewhere.stream().flatMap(r -> r.heldFor(personKey).stream()))
            .toList(),
        audit.countFor(personKey));
  }

  private List<String> names(List<Long> groupIds) {
    return groupIds.stream().flatMap(id -> groups.byId(id).stream()).map(GroupInfo::name).toList();
  }

  /**
   * Removes the person's identity everywhere, including the audit trail, and records the removal
   * there without naming them. Cards that showed their name are brought up to date; chairs'
   * channels are told of a chair leaving.
   */
  @Transactional
  Forgotten forget(String personKey) {
    // First of all its locks, as a chair assigning them takes it first: the two take turns.
    members.takeTurns(personKey);
    var shownOnCards = new LinkedHashSet<Long>();
    reporters.raisedBy(personKey).forEach(i -> shownOnCards.add(i.id()));
    var groupsTouched = new LinkedHashSet<Long>(members.groupsOf(personKey));
    int raised = reporters.forget(personKey);
    // Nobody can answer the group's request for more information now: the chairs decide.
    unanswerable.toChairs(List.copyOf(shownOnCards));
    var votes = voters.forget(personKey);
    shownOnCards.addAll(votes.withdrawnFrom());
    shownOnCards.addAll(voters.forgetDecider(personKey));
    meetings.forgetAcknowledger(personKey);
    long memberships = members.forget(personKey);
    var chaired = chairs.forget(personKey);
    groupsTouched.addAll(chaired);
    chaired.stream()
        .flatMap(id -> groups.byId(id).stream())
        .forEach(g -> events.publishEvent(new ChairForgotten(g.id(), g.teamId())));
    var more = elsewhere.stream().flatMap(r -> r.forget(personKey).stream()).toList();
    // After the other records: forgetting them may wait for a change made at the same moment (a
    // Decline of a shadowing match holds it locked) whose delivery names the person; committed by
    // now, that delivery goes with the others rather than being tried for ever.
    int records = conversations.forget(personKey);
    var unlinked = audit.forget(personKey);
    groupsTouched.addAll(unlinked.keySet());
    for (long groupId : groupsTouched) {
      audit.record(groupId, null, AuditAction.DATA_REMOVED, Actor.bot(), null);
      unlinked.getOrDefault(groupId, Set.of()).stream()
          .filter(reference -> reference != null)
          .forEach(
              reference ->
                  audit.record(groupId, reference, AuditAction.DATA_REMOVED, Actor.bot(), null));
    }
    shownOnCards.forEach(id -> events.publishEvent(new TriageCardChanged(id)));
    return new Forgotten(
        raised,
        votes.withdrawnFrom().size(),
        votes.unlinked(),
        memberships,
        chaired.size(),
        chairs.configured(personKey),
        records,
        more);
  }
}
