package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an issue's triage card (with vote buttons) and its status card (without). */
@Service
public class TriageCards {

  private final Issues issues;
  private final VoteRepository votes;
  private final CardCatalogue cards;

  TriageCards(Issues issues, VoteRepository votes, CardCatalogue cards) {
    this.issues = issues;
    this.votes = votes;
    this.cards = cards;
  }

  /** The card posted in the group's channel, with the current tallies. */
  @Transactional(readOnly = true)
  public JsonNode triageCard(long issueId) {
    return cards.render("triage-card", data(issues.byId(issueId).orElseThrow()));
  }

  /** The group an issue belongs to. */
  @Transactional(readOnly = true)
  public long groupOf(long issueId) {
    return issues.byId(issueId).orElseThrow().groupId();
  }

  @Transactional(readOnly = true)
  JsonNode statusCard(IssueSummary issue) {
    return cards.render("triage-status", data(issue));
  }

  private TriageCardData data(IssueSummary issue) {
    Tally tally = Tally.of(votes.findByIssueId(issue.id()));
    List<TriageCardData.Option> options =
        Arrays.stream(TriageChoice.values())
            .map(c -> new TriageCardData.Option(c.code(), c.label(), tally.of(c)))
            .toList();
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
        issue.status().label(),
        issue.anonymous() ? "anonymous" : issue.reporterName(),
        issue.raisedAt().toString(),
        issues.supportCount(issue.id()),
        tally.total(),
        options);
  }
}
