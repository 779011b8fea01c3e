package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/** A vote button on a triage card; the voter gets their own view back. */
@Component
class VoteAction implements CardAction {

  private final TriageVoting voting;
  private final TriageCards cards;
  private final Groups groups;

  VoteAction(TriageVoting voting, TriageCards cards, Groups groups) {
    this.voting = voting;
    this.cards = cards;
    this.groups = groups;
  }

  @Override
  public String verb() {
    return "triage.vote";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    String reference = data.path("issue").asText("");
    TriageChoice choice =
        TriageChoice.fromCode(data.path("choice").asText(""))
            .orElseThrow(() -> new CardActionRefused("That vote option is not one I know."));
    try {
      var issue = voting.cast(reference, groups.visibleFrom(turn.place()), turn.from(), choice);
      return Result.replaceWith(cards.triageCardFor(issue.id(), turn.from()));
    } catch (TriageVoting.NoSuchIssue e) {
      throw new CardActionRefused(
          "I can't find issue %s, so your vote was not recorded."
              .formatted(References.echo(reference, "that issue")));
    } catch (TriageVoting.TriageClosed e) {
      throw new CardActionRefused(
          "The vote on %s has closed, so your vote was not recorded."
              .formatted(References.echo(reference, "that issue")));
    } catch (TriageVoting.NotAMember e) {
      throw new CardActionRefused(
          "Only members of the Interface Group's team can vote on triage, so your vote was not"
              + " recorded. Ask a chair if you should be a member.");
    }
  }
}
