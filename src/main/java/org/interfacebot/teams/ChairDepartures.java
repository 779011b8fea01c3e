package org.interfacebot.teams;

import org.interfacebot.governance.ChairForgotten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a group's channel that one of its chairs asked to be forgotten and has left the role. */
@Component
class ChairDepartures {

  static final String TEXT =
      "One of this group's chairs asked Interface Bot to forget them, so they are no longer a chair"
          + " here. Type `@Interface Bot chairs` to see who chairs the group now.";

  private final ProactiveMessenger messenger;

  ChairDepartures(ProactiveMessenger messenger) {
    this.messenger = messenger;
  }

  @ApplicationModuleListener
  void on(ChairForgotten forgotten) {
    messenger.say(ConversationReferences.channelKey(forgotten.teamId()), TEXT);
  }
}
