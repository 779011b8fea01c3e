package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
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

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final Issues issues;
  private final VoteRepository votes;
  private final TriageRoundRepository rounds;
  private final TriageVoting voting;
  private final Groups groups;
  private final Members members;
  private final Chairs chairs;
  private final CardCatalogue cards;
  private final Texts texts;

  TriageCards(
      Issues issues,
      VoteRepository votes,
      TriageRoundRepository rounds,
      TriageVoting voting,
      Groups groups,
      Members members,
      Chairs chairs,
      CardCatalogue cards,
      Texts texts) {
    this.issues = issues;
    this.votes = votes;
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

  /** The group an issue belongs to. */
  @Transactional(readOnly = true)
  public long groupOf(long issueId) {
    return issues.byId(issueId).orElseThrow().groupId();
  }

  @Transactional(readOnly = true)
  JsonNode statusCard(IssueSummary issue, Person viewer) {
    return cards.render("triage-status", data(issue, viewer));
  }

  private TriageCardData data(IssueSummary issue, Person viewer) {
    TriageRound round = rounds.findById(issue.id()).orElseThrow();
    var settings = groups.settings(issue.groupId());
    Tally tally = Tally.of(votes.findByIssueId(issue.id()));
    var myVote =
        viewer == null ? java.util.Optional.<Vote>empty() : voting.voteOf(issue, viewer.key());
    boolean open = round.open();
    boolean showResults =
        !open
            || settings.resultsVisibility() == ResultsVisibility.ALWAYS
            || (settings.resultsVisibility() == ResultsVisibility.AFTER_VOTING
                && myVote.isPresent());
    boolean chair = viewer != null && chairs.isChair(issue.groupId(), viewer.key());
    return new TriageCardData(
        issue.reference(),
        issue.title(),
        issue.description(),
        issue.category().label(),
        issue.direction().label(),
        issue.source().label(),
        issue.impact().label(),
        issue.frequency().label(),
        issue.suggestion() == null ? "" : issue.suggestion(),
        issues.notes(issue.id()),
        issue.status().label(),
        issue.anonymous() ? "anonymous" : issue.reporterName(),
        issue.raisedAt().toString(),
        issues.supportCount(issue.id()),
        tally.total(),
        stateText(round, issue),
        open,
        showResults,
        settings.resultsVisibility() == ResultsVisibility.AFTER_CLOSE
            ? "Results are shown when the vote closes."
            : "Results are shown once you have voted.",
        myVote
            .map(
                v ->
                    (settings.anonymousVoting()
                            ? "You have voted (voting is anonymous, so your choice is not shown)"
                            : "You voted: " + v.choice().label())
                        + ". You can change your vote until it closes.")
            .orElse(""),
        chair && round.state() != RoundState.CLOSED,
        members.all(issue.groupId()).stream()
            .map(Person::id)
            .filter(id -> id != null)
            .limit(MOST_REFRESHED)
            .toList(),
        Arrays.stream(TriageChoice.values())
            .map(c -> new TriageCardData.Option(c.code(), c.label(), tally.of(c)))
            .toList());
  }

  private String stateText(TriageRound round, IssueSummary issue) {
    return switch (round.state()) {
      case OPEN -> "Voting is open until " + WHEN.format(round.deadline()) + ".";
      case AWAITING_CHAIR -> "The vote closed without a decision: the chairs will decide.";
      case CLOSED ->
          "Decided: %s, by %s.%s%s"
              .formatted(
                  round.decision().label(),
                  round.decidedBy() == null
                      ? texts.get("triage.card.former-chair")
                      : round.decidedBy(),
                  round.reason() == null ? "" : " " + round.reason(),
                  issues.referredTo(issue.id()).map(g -> " Referred to " + g + ".").orElse(""));
    };
  }
}
