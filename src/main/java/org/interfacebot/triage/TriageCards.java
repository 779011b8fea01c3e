package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupSettings;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.groups.ResultsVisibility;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an issue's triage card: the view everyone shares (posted in the channel) and each member's
 * own view (through Universal Actions' refresh), which shows their vote and, for chairs, the close
 * buttons.
 */
@Service
public class TriageCards {

  /** Teams refreshes a card for at most 60 listed users. */
  static final int MOST_REFRESHED = 60;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Issues issues;
  private final TriageRoundRepository rounds;
  private final TriageVoting voting;
  private final Groups groups;
  private final Members members;
  private final Chairs chairs;
  private final CardCatalogue cards;
  private final Texts texts;

  TriageCards(
      Issues issues,
      TriageRoundRepository rounds,
      TriageVoting voting,
      Groups groups,
      Members members,
      Chairs chairs,
      CardCatalogue cards,
      Texts texts) {
    this.issues = issues;
    this.rounds = rounds;
    this.voting = voting;
    this.groups = groups;
    this.members = members;
    this.chairs = chairs;
    this.cards = cards;
    this.texts = texts;
  }

  /** The card posted in the group's channel: what every member sees. */
  @Transactional(readOnly = true)
  public JsonNode triageCard(long issueId) {
    return cards.render("triage-card", data(issues.byId(issueId).orElseThrow(), null));
  }

  /** One member's own view of the card. */
  @Transactional(readOnly = true)
  JsonNode triageCardFor(long issueId, Person viewer) {
    return cards.render("triage-card", data(issues.byId(issueId).orElseThrow(), viewer));
  }

  /**
   * The voter's own view of the card just after their vote, from what the vote's transaction read
   * (issue, round, settings, the vote itself and the tally); only the notes, supporters and lists
   * are read again. A vote that closed the round changed the issue too, so that card is read
   * afresh.
   */
  @Transactional(readOnly = true)
  JsonNode triageCardAfter(TriageVoting.Cast cast, Person voter) {
    if (!cast.round().open()) {
      return triageCardFor(cast.issue().id(), voter);
    }
    return cards.render(
        "triage-card",
        data(
            cast.issue(),
            voter,
            cast.round(),
            cast.settings(),
            Optional.of(cast.vote()),
            cast.tally(),
            true));
  }

  /** The group an issue belongs to; none once the issue has been deleted (retention). */
  @Transactional(readOnly = true)
  public Optional<Long> groupOf(long issueId) {
    return issues.byId(issueId).map(IssueSummary::groupId);
  }

  /**
   * The status card: in 1:1 the viewer's own view, for a member or for a reporter outside the
   * group, who cannot vote and so is not told that results show once they have.
   */
  @Transactional(readOnly = true)
  JsonNode statusCard(IssueSummary issue, Person viewer) {
    boolean mayVote = viewer == null || members.isMember(issue.groupId(), viewer.key());
    return cards.render("triage-status", data(issue, viewer, mayVote));
  }

  private TriageCardData data(IssueSummary issue, Person viewer) {
    return data(issue, viewer, true);
  }

  private TriageCardData data(IssueSummary issue, Person viewer, boolean mayVote) {
    TriageRound round = rounds.findById(issue.id()).orElseThrow();
    var settings = groups.settings(issue.groupId());
    var myVote = viewer == null ? Optional.<Vote>empty() : voting.voteOf(issue, viewer.key());
    return data(issue, viewer, round, settings, myVote, round.tally(), mayVote);
  }

  private TriageCardData data(
      IssueSummary issue,
      Person viewer,
      TriageRound round,
      GroupSettings settings,
      Optional<Vote> myVote,
      Tally tally,
      boolean mayVote) {
    boolean open = round.open();
    boolean showResults =
        !open
            || settings.resultsVisibility() == ResultsVisibility.ALWAYS
            || (settings.resultsVisibility() == ResultsVisibility.AFTER_VOTING
                && myVote.isPresent());
    boolean chair = viewer != null && chairs.isChair(issue.groupId(), viewer.key());
    var supporters = issues.supporters(issue.id());
    return new TriageCardData(
        issue.reference(),
        issue.title(),
        issue.description(),
        texts.label(issue.category()),
        texts.label(issue.direction()),
        texts.label(issue.source()),
        texts.label(issue.impact()),
        texts.label(issue.frequency()),
        issue.suggestion() == null ? "" : issue.suggestion(),
        issues.notes(issue.id()),
        texts.label(issue.status()),
        issue.anonymous() ? texts.get("triage.card.anonymous") : issue.reporterName(),
        // The card's template reads a time without an offset as it is: the UK day and time.
        issue.raisedAt().atZone(UK).toLocalDateTime().toString(),
        supporters.count(),
        supporters.experiences(),
        tally.total(),
        stateText(round, issue),
        open,
        showResults,
        settings.resultsVisibility() == ResultsVisibility.AFTER_CLOSE
            ? texts.get("triage.card.results-at-close")
            : texts.get(
                mayVote
                    ? "triage.card.results-after-voting"
                    : "triage.card.results-after-voting-not-a-voter"),
        myVote
            .map(
                v ->
                    v.anonymous()
                        ? texts.get(anonymousVoteKey(open, settings.anonymousVoting()))
                        : texts.get(
                            open ? "triage.card.voted" : "triage.card.voted-closed",
                            texts.label(v.choice())))
            .orElse(""),
        chair && round.state() != RoundState.CLOSED,
        members.recentTeamsIds(issue.groupId(), MOST_REFRESHED),
        Arrays.stream(TriageChoice.values())
            .map(c -> new TriageCardData.Option(c.code(), texts.label(c), tally.of(c)))
            .toList());
  }

  /**
   * A vote cast anonymously keeps no choice to show; once the group has stopped voting anonymously,
   * the card says it was cast while voting was, not that voting is.
   */
  private static String anonymousVoteKey(boolean open, boolean anonymousVoting) {
    String key =
        anonymousVoting ? "triage.card.voted-anonymously" : "triage.card.voted-when-anonymous";
    return open ? key : key + "-closed";
  }

  private String stateText(TriageRound round, IssueSummary issue) {
    return switch (round.state()) {
      case OPEN ->
          texts.get(
              "triage.card.open-until",
              DatePatterns.of(texts, "triage.card.deadline-pattern").format(round.deadline()));
      case AWAITING_CHAIR -> texts.get("triage.card.awaiting-chairs");
      case CLOSED ->
          texts.get(
              "triage.card.decided",
              texts.label(round.decision()),
              round.decidedBy() == null ? texts.get("triage.card.former-chair") : round.decidedBy(),
              // A referral's reason is the operational group, which "Referred to …" names.
              round.reason() == null || round.decision() == TriageChoice.REFER
                  ? ""
                  : " " + round.reason(),
              issues
                  .referredTo(issue.id())
                  .map(g -> " " + texts.get("triage.card.referred-to", g))
                  .orElse(""));
    };
  }
}
