package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Place;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupSettings;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.IssueRaised;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' votes: one per member and issue, changeable while the vote is open. A vote opens with
 * the issue and closes when every member has voted (or by {@link TriageClosing}).
 */
@Service
class TriageVoting {

  private final Issues issues;
  private final Groups groups;
  private final Members members;
  private final TriageRoundRepository rounds;
  private final VoteRepository votes;
  private final VoterKeys voterKeys;
  private final TriageClosing closing;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final Texts texts;

  TriageVoting(
      Issues issues,
      Groups groups,
      Members members,
      TriageRoundRepository rounds,
      VoteRepository votes,
      VoterKeys voterKeys,
      TriageClosing closing,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock,
      Texts texts) {
    this.texts = texts;
    this.issues = issues;
    this.groups = groups;
    this.members = members;
    this.rounds = rounds;
    this.votes = votes;
    this.voterKeys = voterKeys;
    this.closing = closing;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens the vote in the same transaction that raises the issue. */
  @EventListener
  void on(IssueRaised raised) {
    var now = clock.instant();
    int days = groups.settings(raised.groupId()).voteDays();
    rounds.save(
        new TriageRound(raised.issueId(), raised.groupId(), now, now.plus(Duration.ofDays(days))));
  }

  /**
   * Casts or changes a vote on an issue of a group visible from where the button was pressed;
   * returns what the voter's own card needs, as this transaction left it. One transaction: finding
   * the group and the issue, the vote, its audit entry and marking the card for an update.
   */
  @Transactional
  Cast cast(String reference, Place where, Person voter, TriageChoice choice) {
    IssueSummary issue =
        issues
            .byReference(
                reference,
                groups.visibleFrom(where),
                i -> members.isMember(i.groupId(), voter.key()))
            .orElseThrow(() -> new NoSuchIssue(reference));
    TriageRound round = rounds.lock(issue.id()).orElseThrow(() -> new NoSuchIssue(reference));
    if (!round.open()) {
      throw new TriageClosed(issue.reference());
    }
    if (!members.isMember(issue.groupId(), voter.key())) {
      throw new NotAMember(issue.groupId());
    }
    GroupSettings settings = groups.settings(issue.groupId());
    boolean anonymous = settings.anonymousVoting();
    String hidden = voterKeys.stored(voter.key(), true);
    String key = anonymous ? hidden : voter.key();
    var now = clock.instant();
    var earlier = votes.findOfPerson(issue.id(), voter.key(), hidden).stream().findFirst();
    // A vote cast before a chair switched anonymous voting on or off is the same member's vote:
    // changed, it is kept as the group now keeps votes.
    earlier.ifPresent(changed -> changed.keepUnder(key));
    round.counted(earlier.map(Vote::choice).orElse(null), choice);
    Vote vote =
        earlier
            .map(
                changed -> {
                  changed.change(choice, now);
                  return changed;
                })
            .orElseGet(() -> votes.saveAndFlush(new Vote(issue.id(), key, choice, now)));
    // In a group that votes anonymously the trail says that a vote was cast, never whose or what.
    audit.record(
        issue.groupId(),
        issue.reference(),
        earlier.isPresent() ? AuditAction.VOTE_CHANGED : AuditAction.VOTE_CAST,
        anonymous ? Actor.anonymousVoter() : Actor.person(voter),
        anonymous ? null : choice.code());
    events.publishEvent(new TriageCardChanged(issue.id()));
    // The round's tally, under its lock: whether everyone has voted, and the voter's card.
    Tally tally = round.tally();
    if (tally.total() >= members.count(issue.groupId()) && everyMemberVoted(issue)) {
      closing.closeByRule(round, texts.get("triage.rule.every-member-voted"));
    }
    return new Cast(issue, round, settings, vote, tally);
  }

  /**
   * A vote just cast, with the issue, its round, its group's settings and the tally as the vote's
   * transaction read and left them: enough for the voter's own card without reading them again.
   */
  record Cast(
      IssueSummary issue, TriageRound round, GroupSettings settings, Vote vote, Tally tally) {}

  /**
   * This person's vote on the issue, if they have voted: kept under their name or, where the group
   * voted anonymously when they cast it, their keyed hash ({@link Vote#anonymous}).
   */
  @Transactional(readOnly = true)
  Optional<Vote> voteOf(IssueSummary issue, String personKey) {
    return votes.findOfPerson(issue.id(), personKey, voterKeys.stored(personKey, true)).stream()
        .findFirst();
  }

  /**
   * Whether everyone now on the group's member list has a vote: the tally alone can reach the
   * member count with the votes of people who have since left the team.
   */
  private boolean everyMemberVoted(IssueSummary issue) {
    Set<String> cast =
        votes.findByIssueId(issue.id()).stream().map(Vote::voterKey).collect(Collectors.toSet());
    return members.all(issue.groupId()).stream()
        .allMatch(m -> cast.contains(m.key()) || cast.contains(voterKeys.stored(m.key(), true)));
  }

  static class NoSuchIssue extends RuntimeException {
    NoSuchIssue(String reference) {
      super("No issue " + reference);
    }
  }

  static class TriageClosed extends RuntimeException {
    TriageClosed(String reference) {
      super("Triage of " + reference + " is closed");
    }
  }

  /** The voter is not on the member list of the issue's group; nothing was changed. */
  static class NotAMember extends RuntimeException {
    private final long groupId;

    NotAMember(long groupId) {
      super("Not a member of the group");
      this.groupId = groupId;
    }

    long groupId() {
      return groupId;
    }
  }
}
