package org.interfacebot.teams;

import org.interfacebot.chat.Texts;
import org.interfacebot.governance.ChairForgotten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a group's channel that one of its chairs asked to be forgotten and has left the role. */
@Component
class ChairDepartures {

  private final ProactiveMessenger messenger;
  private final Texts texts;

  ChairDepartures(ProactiveMessenger messenger, Texts texts) {
    this.texts = texts;
    this.messenger = messenger;
  }

  @ApplicationModuleListener
  void on(ChairForgotten forgotten) {
    messenger.say(
        ConversationReferences.channelKey(forgotten.teamId()), texts.get("teams.chair-forgotten"));
  }
}
