package org.interfacebot.triage;

import java.time.Instant;
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

  /** Unlinks every vote of the person; returns how many. */
  @Transactional
  public int forget(String personKey) {
    var theirs = votes.findByVoterKeyIn(List.of(personKey, keys.stored(personKey, true)));
    theirs.forEach(v -> v.unlink(Tombstone.next()));
    return theirs.size();
  }

  /**
   * Clears the person's name from the votes they decided as chair (the decision stays); returns the
   * issues whose triage cards showed it.
   */
  @Transactional
  public List<Long> forgetDecider(String personKey) {
    var decided = rounds.findByDecidedByKey(personKey);
    decided.forEach(TriageRound::forgetDecider);
    return decided.stream().map(TriageRound::issueId).toList();
  }

  /**
   * Clears the name of the chair who decided each vote decided before the cutoff, as the audit
   * trail's does at the same age (the decision stays); returns the issues whose triage cards showed
   * it.
   */
  @Transactional
  public List<Long> forgetDecidersBefore(Instant cutoff) {
    var decided = rounds.findByDecidedByKeyNotNullAndDecidedAtBefore(cutoff);
    decided.forEach(TriageRound::forgetDecider);
    return decided.stream().map(TriageRound::issueId).toList();
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

  public record VotesHeld(List<NamedVote> named, int anonymous) {

    public int total() {
      return named.size() + anonymous;
    }
  }
}
