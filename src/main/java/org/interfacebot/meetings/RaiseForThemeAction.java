package org.interfacebot.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** "Raise an issue for this theme" on a meeting announcement: an invitation in 1:1. */
@Component
class RaiseForThemeAction implements CardAction {

  private final ChairGate gate;
  private final ApplicationEventPublisher events;

  RaiseForThemeAction(ChairGate gate, ApplicationEventPublisher events) {
    this.gate = gate;
    this.events = events;
  }

  @Override
  public String verb() {
    return "meetings.raise";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var g = gate.group(turn);
    if (g.refusal() != null) {
      return Result.replaceWith(null, Reply.text(g.refusal()));
    }
    String theme = data.path("theme").asText("");
    events.publishEvent(
        new RaiseInvited(g.group().id(), turn.from().key(), turn.from().id(), theme));
    return Result.replaceWith(null);
  }
}
