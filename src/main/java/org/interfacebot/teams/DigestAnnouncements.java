package org.interfacebot.teams;

import org.interfacebot.groups.Groups;
import org.interfacebot.insights.DigestCards;
import org.interfacebot.insights.DigestDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Posts the weekly digest in the group's channel, once even when the event is redelivered. */
@Component
class DigestAnnouncements {

  private final Groups groups;
  private final DigestCards cards;
  private final ProactiveMessenger messenger;
  private final SentMessages sent;

  DigestAnnouncements(
      Groups groups, DigestCards cards, ProactiveMessenger messenger, SentMessages sent) {
    this.groups = groups;
    this.cards = cards;
    this.messenger = messenger;
    this.sent = sent;
  }

  @ApplicationModuleListener
  void on(DigestDue due) {
    var card = cards.card(due.digestId());
    if (card.isEmpty()) {
      return;
    }
    var group = groups.byId(due.groupId());
    if (group.isEmpty()) {
      return;
    }
    String channel = ConversationReferences.channelKey(group.get().teamId());
    sent.once(
        "digest:" + due.digestId(), () -> messenger.send(channel, CardMessages.of(card.get())));
  }
}
