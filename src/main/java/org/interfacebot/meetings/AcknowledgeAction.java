package org.interfacebot.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/** A network acknowledges the minutes it was sent. */
@Component
class AcknowledgeAction implements CardAction {

  private final Networks networks;
  private final Meetings meetings;
  private final Texts texts;

  AcknowledgeAction(Networks networks, Meetings meetings, Texts texts) {
    this.texts = texts;
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
            .orElseThrow(() -> new CardActionRefused(texts.get("meetings.ack.not-a-network")));
    var meeting =
        meetings
            .byId(data.path("meeting").asLong(-1))
            .filter(m -> m.groupId() == network.groupId())
            .orElseThrow(() -> new CardActionRefused(texts.get("meetings.ack.gone")));
    String shared = data.path("shared").asText("");
    if (!shared.isEmpty() && !shared.equals(meeting.sharing())) {
      throw new CardActionRefused(texts.get("meetings.ack.corrected"));
    }
    boolean first = networks.acknowledge(meeting, network, turn.from());
    return Result.replaceWith(
        null,
        first
            ? texts.naming("meetings.ack.done", turn.from(), network.name())
            : texts.reply("meetings.ack.already", network.name()));
  }
}
