package org.interfacebot.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/** A network acknowledges the minutes it was sent. */
@Component
class AcknowledgeAction implements CardAction {

  private final Networks networks;
  private final Meetings meetings;

  AcknowledgeAction(Networks networks, Meetings meetings) {
    this.networks = networks;
    this.meetings = meetings;
  }

  @Override
  public String verb() {
    return "minutes.ack";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var network =
        networks
            .byTeam(turn.place().teamId() == null ? "" : turn.place().teamId())
            .orElseThrow(
                () -> new CardActionRefused("Only a network's channel can acknowledge minutes."));
    var meeting =
        meetings
            .byId(data.path("meeting").asLong(-1))
            .filter(m -> m.groupId() == network.groupId())
            .orElseThrow(() -> new CardActionRefused("I can't find those minutes any more."));
    boolean first = networks.acknowledge(meeting.id(), network, turn.from());
    return Result.replaceWith(
        null,
        Reply.text(
            first
                ? "%s acknowledged the minutes for %s."
                    .formatted(turn.from().displayName(), network.name())
                : "%s had already acknowledged these minutes.".formatted(network.name())));
  }
}
