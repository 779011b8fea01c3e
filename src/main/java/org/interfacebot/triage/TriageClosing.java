package org.interfacebot.triage;

import java.time.Clock;
import java.time.Duration;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes triage votes: by the group's rule (plurality with a quorum) when every member has voted or
 * at the deadline, or by a chair's decision. A vote the rule cannot decide goes to the chairs.
 */
@Service
class TriageClosing {

  private final TriageRoundRepository rounds;
  private final VoteRepository votes;
  private final Groups groups;
  private final Issues issues;
  private final DecisionEffects effects;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Texts texts;

  TriageClosing(
      TriageRoundRepository rounds,
      VoteRepository votes,
      Groups groups,
      Issues issues,
      DecisionEffects effects,
      ApplicationEventPublisher events,
      Clock clock,
      Texts texts) {
    this.texts = texts;
    this.rounds = rounds;
    this.votes = votes;
    this.groups = groups;
    this.issues = issues;
    this.effects = effects;
    this.events = events;
    this.clock = clock;
  }

  /** Applies the group's rule to a locked, open round. */
  @Transactional(propagation = Propagation.MANDATORY)
  void closeByRule(TriageRound round, String why) {
    Tally tally = Tally.of(votes.findByIssueId(round.issueId()));
    int quorum = groups.settings(round.groupId()).quorum();
    var decision = Outcome.of(tally, quorum);
    if (decision.isPresent()) {
      round.decide(decision.get(), texts.get("triage.rule.by-vote", why), null, clock.instant());
      effects.apply(round, null);
    } else {
      round.awaitChair(clock.instant());
      var issue = issues.byId(round.issueId()).orElseThrow();
      events.publishEvent(
          new ChairsAsked(
              issue.id(),
              issue.groupId(),
              issue.reference(),
              Outcome.whyUndecided(tally, quorum, texts)));
    }
    events.publishEvent(new TriageCardChanged(round.issueId()));
  }

  /** A chair's decision, on an open vote or one awaiting the chairs. */
  @Transactional
  void closeByChair(long issueId, TriageChoice decision, String chairName, String reason) {
    TriageRound round = rounds.lock(issueId).orElseThrow();
    if (round.state() == RoundState.CLOSED) {
      throw new TriageVoting.TriageClosed(issues.byId(issueId).orElseThrow().reference());
    }
    round.decide(decision, chairName, reason, clock.instant());
    effects.apply(round, reason);
    events.publishEvent(new TriageCardChanged(issueId));
  }

  /** Closes every open vote whose deadline has passed; returns how many. */
  @Transactional
  int closeDue() {
    var due = rounds.findByStateAndDeadlineLessThanEqual(RoundState.OPEN, clock.instant());
    due.forEach(
        r ->
            rounds
                .lock(r.issueId())
                .filter(TriageRound::open)
                .ifPresent(
                    locked -> closeByRule(locked, texts.get("triage.rule.deadline-passed"))));
    return due.size();
  }

  /** Reopens a vote after the reporter added the information the group asked for. */
  @Transactional
  void reopen(long issueId) {
    TriageRound round = rounds.lock(issueId).orElseThrow();
    var now = clock.instant();
    int days = groups.settings(round.groupId()).voteDays();
    round.reopen(now, now.plus(Duration.ofDays(days)));
    events.publishEvent(new TriageCardChanged(issueId));
  }
}
