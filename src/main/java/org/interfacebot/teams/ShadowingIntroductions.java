package org.interfacebot.teams;

import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Texts;
import org.interfacebot.shadowing.ShadowingAgreed;
import org.interfacebot.shadowing.ShadowingCards;
import org.interfacebot.shadowing.ShadowingDeclined;
import org.interfacebot.shadowing.ShadowingExpired;
import org.interfacebot.shadowing.ShadowingProposed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Work shadowing in 1:1: each proposed match to both people, the introduction once both accepted, a
 * word to the other when one declines, and to the person whose listing retention removed. Both
 * wrote to the bot in 1:1 to list themselves.
 */
@Component
class ShadowingIntroductions {

  private final ShadowingCards cards;
  private final ProactiveMessenger messenger;
  private final SentMessages sent;
  private final Texts texts;

  ShadowingIntroductions(
      ShadowingCards cards, ProactiveMessenger messenger, SentMessages sent, Texts texts) {
    this.cards = cards;
    this.messenger = messenger;
    this.sent = sent;
    this.texts = texts;
  }

  @ApplicationModuleListener
  void on(ShadowingProposed proposed) {
    for (var person : cards.parties(proposed.matchId())) {
      String chat = ConversationReferences.personalKey(person.key());
      sent.once(
          "shadowing:" + proposed.matchId() + ":proposed:" + person.key(),
          () ->
              messenger.send(
                  chat, CardMessages.of(cards.proposal(proposed.matchId(), person.key()))));
    }
  }

  @ApplicationModuleListener
  void on(ShadowingAgreed agreed) {
    for (var person : cards.parties(agreed.matchId())) {
      String chat = ConversationReferences.personalKey(person.key());
      sent.once(
          "shadowing:" + agreed.matchId() + ":agreed:" + person.key(),
          () -> messenger.say(chat, cards.introduction(agreed.matchId(), person.key())));
    }
  }

  @ApplicationModuleListener
  void on(ShadowingExpired expired) {
    String listedOn =
        DatePatterns.of(texts, "shadowing.expired.day-pattern").format(expired.listedAt());
    sent.once(
        "shadowing-listing:" + expired.listingId() + ":expired",
        () ->
            messenger.say(
                ConversationReferences.personalKey(expired.personKey()),
                texts.get("shadowing.expired", expired.kind(), listedOn)));
  }

  @ApplicationModuleListener
  void on(ShadowingDeclined declined) {
    cards.parties(declined.matchId()).stream()
        .filter(p -> !p.key().equals(declined.declinedByKey()))
        .forEach(
            other ->
                messenger.say(
                    ConversationReferences.personalKey(other.key()),
                    texts.get("shadowing.other-declined")));
  }
}
