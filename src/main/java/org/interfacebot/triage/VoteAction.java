package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Membership;
import org.interfacebot.issues.References;
import org.springframework.stereotype.Component;

/**
 * A vote button on a triage card; the voter gets their own view back. Someone not on the group's
 * member list is looked up in the team (outside the vote's transaction) and, if Teams lists them,
 * added and their vote cast as any member's.
 */
@Component
class VoteAction implements CardAction {

  private final TriageVoting voting;
  private final TriageCards cards;
  private final Membership membership;
  private final Texts texts;

  VoteAction(TriageVoting voting, TriageCards cards, Membership membership, Texts texts) {
    this.texts = texts;
    this.voting = voting;
    this.cards = cards;
    this.membership = membership;
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
            .orElseThrow(() -> new CardActionRefused(texts.get("triage.vote.unknown-choice")));
    try {
      return cast(turn, reference, choice);
    } catch (TriageVoting.NotAMember notListed) {
      // A member's vote never gets here, so it costs what it did; this one is cast again.
      if (!membership.confirmed(notListed.groupId(), turn)) {
        throw notAMember();
      }
      try {
        return cast(turn, reference, choice);
      } catch (TriageVoting.NotAMember removedMeanwhile) {
        throw notAMember();
      }
    }
  }

  private CardActionRefused notAMember() {
    return new CardActionRefused(texts.get("triage.vote.not-a-member"));
  }

  private Result cast(Turn turn, String reference, TriageChoice choice) {
    try {
      var cast = voting.cast(reference, turn.place(), turn.from(), choice);
      return Result.replaceWith(cards.triageCardAfter(cast, turn.from()));
    } catch (TriageVoting.NoSuchIssue e) {
      throw new CardActionRefused(
          texts.get(
              "triage.vote.no-such-issue",
              References.echo(reference, texts.get("triage.with-that-reference"))));
    } catch (TriageVoting.TriageClosed e) {
      throw new CardActionRefused(
          texts.get(
              "triage.vote.closed", References.echo(reference, texts.get("triage.that-issue"))));
    }
  }
}
