package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/**
 * Teams asks for a member's own view of a triage card (Universal Actions' refresh): their vote, the
 * results as the group's setting allows, and for chairs the close buttons.
 */
@Component
class RefreshAction implements CardAction {

  private final CardIssue cardIssue;
  private final TriageCards cards;

  RefreshAction(CardIssue cardIssue, TriageCards cards) {
    this.cardIssue = cardIssue;
    this.cards = cards;
  }

  @Override
  public String verb() {
    return "triage.refresh";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    return Result.replaceWith(cards.triageCardFor(cardIssue.of(turn, data).id(), turn.from()));
  }
}
