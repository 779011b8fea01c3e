package org.interfacebot.governance;

import java.util.List;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.ReporterIdentities;
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
  private final Members members;
  private final Chairs chairs;
  private final Groups groups;
  private final PersonalConversations conversations;
  private final ApplicationEventPublisher events;
  private final Texts texts;

  PersonalData(
      ReporterIdentities reporters,
      Issues issues,
      VoterRecords voters,
      Members members,
      Chairs chairs,
      Groups groups,
      PersonalConversations conversations,
      ApplicationEventPublisher events,
      Texts texts) {
    this.texts = texts;
    this.reporters = reporters;
    this.issues = issues;
    this.voters = voters;
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
                        + v.choice())
            .toList();
    return new DataHeld(
        reporters.raisedBy(personKey),
        reporters.supportedBy(personKey),
        namedVotes,
        votes.anonymous(),
        names(members.groupsOf(personKey)),
        names(chairs.chairedBy(personKey)),
        chairs.configured(personKey),
        conversations.heldFor(personKey));
  }

  private List<String> names(List<Long> groupIds) {
    return groupIds.stream().flatMap(id -> groups.byId(id).stream()).map(GroupInfo::name).toList();
  }

  /** Removes the person's identity everywhere; chairs' channels are told of a chair leaving. */
  @Transactional
  Forgotten forget(String personKey) {
    int raised = reporters.forget(personKey);
    int votes = voters.forget(personKey);
    long memberships = members.forget(personKey);
    var chaired = chairs.forget(personKey);
    chaired.stream()
        .flatMap(id -> groups.byId(id).stream())
        .forEach(g -> events.publishEvent(new ChairForgotten(g.id(), g.teamId())));
    int records = conversations.forget(personKey);
    return new Forgotten(
        raised, votes, memberships, chaired.size(), chairs.configured(personKey), records);
  }
}
