package org.interfacebot.teams;

import org.interfacebot.chat.Texts;
import org.interfacebot.governance.ChairForgotten;
import org.interfacebot.groups.ChairLeftTeam;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a group's channel that one of its chairs has left the role: they asked to be forgotten, or
 * were removed from the team.
 */
@Component
class ChairDepartures {

  private final ProactiveMessenger messenger;
  private final Texts texts;

  ChairDepartures(ProactiveMessenger messenger, Texts texts) {
    this.texts = texts;
    this.messenger = messenger;
  }

  @ApplicationModuleListener
  void on(ChairLeftTeam left) {
    messenger.say(
        ConversationReferences.channelKey(left.teamId()), texts.get("teams.chair-left-team"));
  }

  @ApplicationModuleListener
  void on(ChairForgotten forgotten) {
    messenger.say(
        ConversationReferences.channelKey(forgotten.teamId()), texts.get("teams.chair-forgotten"));
  }
}
