package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Texts;
import org.interfacebot.config.InterfaceBotProperties;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards that follow a decision: which operational group (chairs), more information (reporter).
 */
@Service
public class FollowUpCards {

  private final Issues issues;
  private final CardCatalogue cards;
  private final List<String> operationalGroups;
  private final Texts texts;
  private final TriageRoundRepository rounds;
  private final TriageVoting voting;

  FollowUpCards(
      Issues issues,
      CardCatalogue cards,
      InterfaceBotProperties properties,
      Texts texts,
      TriageRoundRepository rounds,
      TriageVoting voting) {
    this.texts = texts;
    this.rounds = rounds;
    this.voting = voting;
    this.issues = issues;
    this.cards = cards;
    this.operationalGroups = properties.groups().operationalGroups();
  }

  @Transactional(readOnly = true)
  public JsonNode referCard(long issueId) {
    var issue = issues.byId(issueId).orElseThrow();
    return cards.render(
        "triage-refer",
        new ReferCard(
            issue.reference(),
            issue.title(),
            operationalGroups.stream().map(g -> new Choice(g, g)).toList()));
  }

  /**
   * The card the reporter answers on, with the question a chair asked, if any: it is sent again
   * with the reminder a week later, when the message that first asked is far up the chat.
   */
  @Transactional(readOnly = true)
  public JsonNode moreInfoCard(long issueId) {
    var issue = issues.byId(issueId).orElseThrow();
    String question =
        rounds
            .findById(issueId)
            .filter(r -> r.decision() == TriageChoice.MORE_INFO && r.reason() != null)
            .map(r -> r.reason().strip())
            .orElse("");
    return cards.render(
        "triage-moreinfo",
        new MoreInfoCard(issue.reference(), issue.groupId(), issue.title(), question));
  }

  /**
   * The reminder to a reporter who has not answered the group's request for more information; empty
   * once the group no longer waits for them (they answered, a chair decided without it, they asked
   * to be forgotten, the issue is gone).
   */
  @Transactional(readOnly = true)
  public java.util.Optional<String> moreInfoReminder(long issueId) {
    return issues
        .byId(issueId)
        .filter(MoreInfoWaits::waitsForReporter)
        .map(i -> texts.get("triage.more-info.reminder", i.reference(), i.title()));
  }

  /**
   * The reminder to a member who has not voted; empty once it would not be true (a delivery Teams
   * held up is sent later): the member has voted since, the vote has closed, or the issue is gone.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<String> reminder(long issueId, String memberKey) {
    return issues
        .byId(issueId)
        .filter(i -> rounds.findById(issueId).filter(TriageRound::open).isPresent())
        .filter(i -> voting.voteOf(i, memberKey).isEmpty())
        .map(i -> texts.get("triage.reminder", i.reference(), i.title()));
  }

  JsonNode notice(String title, String text) {
    return cards.render("chat-notice", new Notice(title, text));
  }

  record Notice(String title, String text) {}

  record Choice(String title, String value) {}

  record ReferCard(String reference, String title, List<Choice> groups) {}

  /** The group too: each group numbers its own issues, and a reporter may raise with several. */
  record MoreInfoCard(String reference, long group, String title, String question) {}
}
