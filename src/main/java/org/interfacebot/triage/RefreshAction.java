package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Component;

/**
 * Teams asks for a member's own view of a triage card (Universal Actions' refresh): their vote, the
 * results as the group's setting allows, and for chairs the close buttons.
 */
@Component
class RefreshAction implements CardAction {

  private final Issues issues;
  private final Groups groups;
  private final TriageCards cards;

  RefreshAction(Issues issues, Groups groups, TriageCards cards) {
    this.issues = issues;
    this.groups = groups;
    this.cards = cards;
  }

  @Override
  public String verb() {
    return "triage.refresh";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var issue =
        issues
            .byReference(data.path("issue").asText(""), groups.visibleFrom(turn.place()))
            .orElseThrow(() -> new CardActionRefused("I can't find that issue any more."));
    return Result.replaceWith(cards.triageCardFor(issue.id(), turn.from()));
  }
}
