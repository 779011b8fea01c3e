package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Reply;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/**
 * The bot added to a team (the team becomes an Interface Group, its channel is remembered for
 * triage cards and a welcome card is posted) or to a person's 1:1 chat (a short hello).
 */
@Component
class Installations {

  private final Groups groups;
  private final ConversationReferences references;
  private final CardCatalogue cards;

  Installations(Groups groups, ConversationReferences references, CardCatalogue cards) {
    this.groups = groups;
    this.references = references;
    this.cards = cards;
  }

  List<Reply> installed(TurnContext context) {
    Activity activity = context.getActivity();
    var place = TurnReader.place(activity);
    var channelData = TurnReader.channelData(activity);
    if (channelData != null && channelData.getTeam() != null) {
      var team = channelData.getTeam();
      String channelId =
          channelData.getChannel() != null && channelData.getChannel().getId() != null
              ? channelData.getChannel().getId()
              : team.getId();
      var registration = groups.register(team.getId(), place.tenantId(), team.getName());
      references.remember(
          ConversationReferences.channelKey(team.getId()),
          activity.getConversationReference(),
          channelId);
      if (!registration.isNew()) {
        return List.of();
      }
      return List.of(
          Reply.card(cards.render("groups-welcome", new Welcome(registration.group().name()))));
    }
    if (place.personal()) {
      boolean firstTime =
          references.remember(
              ConversationReferences.personalKey(TurnReader.person(activity.getFrom()).key()),
              activity.getConversationReference(),
              null);
      if (!firstTime) {
        return List.of();
      }
      return List.of(
          Reply.text(
              "Hello, I'm Interface Bot. Tell me about problems that happen where patients move"
                  + " between GP and hospital care: type `raise` to raise an interface issue, or"
                  + " `help` to see what else I can do."));
    }
    return List.of();
  }

  record Welcome(String groupName) {}
}
