package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/** The chair-only "Close as …" buttons on a chair's own view of a triage card. */
@Component
class CloseAction implements CardAction {

  private final ChairDecision decision;
  private final Groups groups;
  private final TriageCards cards;
  private final Texts texts;

  CloseAction(ChairDecision decision, Groups groups, TriageCards cards, Texts texts) {
    this.texts = texts;
    this.decision = decision;
    this.groups = groups;
    this.cards = cards;
  }

  @Override
  public String verb() {
    return "triage.close";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    TriageChoice choice =
        TriageChoice.fromCode(data.path("choice").asText(""))
            .orElseThrow(() -> new CardActionRefused(texts.get("triage.close.unknown-decision")));
    var issue =
        decision
            .close(
                data.path("issue").asText(""),
                groups.visibleFrom(turn.place()),
                turn.from(),
                choice,
                data.path("reason").asText(""))
            .issue();
    return Result.replaceWith(cards.triageCardFor(issue.id(), turn.from()));
  }
}
