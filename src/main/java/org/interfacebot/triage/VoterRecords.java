package org.interfacebot.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes as personal data: what is held about a voter, removing the link to them (the vote stays in
 * the tally) and deleting the votes of deleted issues.
 */
@Service
public class VoterRecords {

  private final VoteRepository votes;
  private final TriageRoundRepository rounds;
  private final VoterKeys keys;

  VoterRecords(VoteRepository votes, TriageRoundRepository rounds, VoterKeys keys) {
    this.votes = votes;
    this.rounds = rounds;
    this.keys = keys;
  }

  /**
   * The person's votes: with the issue and choice where the group votes openly, only how many where
   * it votes anonymously (the choice is not the person's to see either: it is not linked to them).
   */
  @Transactional(readOnly = true)
  public VotesHeld heldFor(String personKey) {
    var named =
        votes.findByVoterKeyIn(List.of(personKey)).stream()
            .map(v -> new NamedVote(v.issueId(), v.choice()))
            .toList();
    int anonymous = votes.findByVoterKeyIn(List.of(keys.stored(personKey, true))).size();
    return new VotesHeld(named, anonymous);
  }

  /**
   * Withdraws the person's votes on votes still open, taking them off the tallies (kept unlinked,
   * the person could come back and vote again, counted twice), and unlinks the rest, which stay
   * counted.
   */
  @Transactional
  public ForgottenVotes forget(String personKey) {
    String hidden = keys.stored(personKey, true);
    var withdrawnFrom = new ArrayList<Long>();
    for (Vote open : votes.ofPersonInRounds(RoundState.OPEN, personKey, hidden)) {
      // Under the round's lock, as a vote is counted; a round closed since keeps the vote.
      var round = rounds.lock(open.issueId()).filter(TriageRound::open);
      if (round.isPresent()) {
        round.get().withdrawn(open.choice());
        votes.delete(open);
        withdrawnFrom.add(open.issueId());
      }
    }
    var theirs = votes.findByVoterKeyIn(List.of(personKey, hidden));
    theirs.forEach(v -> v.unlink(Tombstone.next()));
    return new ForgottenVotes(withdrawnFrom, theirs.size());
  }

  /**
   * Clears the person's name from the votes they decided as chair (the decision stays); returns the
   * issues whose triage cards showed it.
   */
  @Transactional
  public List<Long> forgetDecider(String personKey) {
    var forgotten = new ArrayList<Long>();
    for (long issueId : rounds.decidedBy(personKey)) {
      // Locked and read afresh, as the sweeps and a chair's decision lock it: a reminder sent or a
      // decision made since the listing is not written back as it was.
      rounds
          .lock(issueId)
          .filter(round -> round.decidedBy(personKey))
          .ifPresent(
              round -> {
                round.forgetDecider();
                forgotten.add(issueId);
              });
    }
    return forgotten;
  }

  /**
   * Clears the name of the chair who decided each vote decided before the cutoff, as the audit
   * trail's does at the same age (the decision stays); returns the issues whose triage cards showed
   * it. Each round is locked and read afresh: one reopened since the listing (the reporter
   * answered) is not written back as decided.
   */
  @Transactional
  public List<Long> forgetDecidersBefore(Instant cutoff) {
    var forgotten = new ArrayList<Long>();
    for (long issueId : rounds.decidedByAChairBefore(cutoff)) {
      rounds
          .lock(issueId)
          .filter(round -> round.decidedByAChairBefore(cutoff))
          .ifPresent(
              round -> {
                round.forgetDecider();
                forgotten.add(issueId);
              });
    }
    return forgotten;
  }

  /** Keeps only the tallies of votes closed before the cutoff; returns how many were unlinked. */
  @Transactional
  public int unlinkVotesClosedBefore(Instant cutoff) {
    var linked =
        votes.linkedInRoundsDecidedBefore(RoundState.CLOSED, cutoff, Tombstone.likePattern());
    linked.forEach(v -> v.unlink(Tombstone.next()));
    return linked.size();
  }

  /** Deletes the votes and triage rounds of issues about to be deleted. */
  @Transactional
  public void deleteForIssues(Collection<Long> issueIds) {
    if (!issueIds.isEmpty()) {
      votes.deleteByIssueIds(issueIds);
      rounds.deleteByIssueIds(issueIds);
    }
  }

  public record NamedVote(long issueId, TriageChoice choice) {}

  /**
   * The issues whose open votes lost the person's vote, and how many closed votes were unlinked.
   */
  public record ForgottenVotes(List<Long> withdrawnFrom, int unlinked) {}

  public record VotesHeld(List<NamedVote> named, int anonymous) {

    public int total() {
      return named.size() + anonymous;
    }
  }
}
