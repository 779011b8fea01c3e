package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Texts;
import org.interfacebot.shadowing.ShadowingAgreed;
import org.interfacebot.shadowing.ShadowingCards;
import org.interfacebot.shadowing.ShadowingDeclined;
import org.interfacebot.shadowing.ShadowingExpired;
import org.interfacebot.shadowing.ShadowingMatchRemoved;
import org.interfacebot.shadowing.ShadowingProposed;
import org.interfacebot.shadowing.ShadowingWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Work shadowing in 1:1: each proposed match to both people (the cards kept, to be shown settled
 * when the match is declined, withdrawn or loses a listing to forget me or retention, and then
 * forgotten), the introduction once both accepted, a word to the other when one declines or
 * withdraws or their listing is removed, and to the person whose listing retention removed. Both
 * wrote to the bot in 1:1 to list themselves.
 */
@Component
class ShadowingIntroductions {

  private final ShadowingCards cards;
  private final ProactiveMessenger messenger;
  private final SentMessages sent;
  private final PostedMessages posted;
  private final PostedCardRepository postedCards;
  private final ConversationReferences references;
  private final Texts texts;

  ShadowingIntroductions(
      ShadowingCards cards,
      ProactiveMessenger messenger,
      SentMessages sent,
      PostedMessages posted,
      PostedCardRepository postedCards,
      ConversationReferences references,
      Texts texts) {
    this.cards = cards;
    this.messenger = messenger;
    this.sent = sent;
    this.posted = posted;
    this.postedCards = postedCards;
    this.references = references;
    this.texts = texts;
  }

  /** The proposal card of one side of a match, kept until the match is settled, to show it so. */
  static String proposalSubject(long matchId, boolean offerSide) {
    return "shadowing-match:" + matchId + (offerSide ? ":offer" : ":request");
  }

  /**
   * Posts the proposal to both, the offer's side first. A card whose delivery was held up (Teams
   * down for one of them) is not posted once the match has been declined or withdrawn meanwhile;
   * one posted just as that happened is shown settled at once, as the decline or withdrawal may
   * have been handled before the card was kept.
   */
  @ApplicationModuleListener
  void on(ShadowingProposed proposed) {
    long matchId = proposed.matchId();
    var parties = cards.parties(matchId);
    // A match that has lost either listing is settled already.
    if (parties.size() != 2) {
      return;
    }
    var postedNow = new ArrayList<Integer>();
    for (int i = 0; i < parties.size() && cards.stillProposed(matchId); i++) {
      if (posted.postOnce(
          proposalSubject(matchId, i == 0),
          ConversationReferences.personalKey(parties.get(i).key()),
          CardMessages.of(cards.proposal(matchId, parties.get(i).key())))) {
        postedNow.add(i);
      }
    }
    cards
        .settledNotice(matchId)
        .ifPresent(notice -> postedNow.forEach(i -> settle(matchId, i == 0, notice)));
  }

  /**
   * Both proposal cards are shown settled, and the other person is told: their listing stays and is
   * matched again. The one who withdrew is not in the event (in one stored before, they are and are
   * not told); their card is found by its chat.
   */
  @ApplicationModuleListener
  void on(ShadowingWithdrawn withdrawn) {
    var notice = cards.withdrawnNotice();
    settle(withdrawn.matchId(), true, notice);
    settle(withdrawn.matchId(), false, notice);
    String partner = withdrawn.partnerKey();
    if (partner.isEmpty() || partner.equals(withdrawn.withdrawnByKey())) {
      return;
    }
    tellPartner(withdrawn.matchId(), "withdrawn", partner, withdrawn.offerKey());
  }

  /**
   * As for a withdrawal, in words of its own: nobody withdrew. A forgotten person is not in the
   * event, so is neither told nor named; their card went with their chat.
   */
  @ApplicationModuleListener
  void on(ShadowingMatchRemoved removed) {
    var notice = cards.removedNotice();
    settle(removed.matchId(), true, notice);
    settle(removed.matchId(), false, notice);
    if (!removed.partnerKey().isEmpty()) {
      tellPartner(removed.matchId(), "removed", removed.partnerKey(), removed.offerKey());
    }
  }

  private void tellPartner(long matchId, String why, String partner, String offerKey) {
    String theirs =
        texts.get(partner.equals(offerKey) ? "shadowing.an-offer" : "shadowing.a-request");
    sent.once(
        "shadowing:" + matchId + ":" + why,
        () ->
            messenger.say(
                ConversationReferences.personalKey(partner),
                texts.get("shadowing." + why + ".partner", theirs)));
  }

  /**
   * Shows the proposal card of one side settled in the chat it was posted in, then forgets it at
   * once: nothing changes it again, not even the event delivered again after Teams failed for the
   * other person. The chat is found from the card, not from the person's key, which the event may
   * leave out. A person forgotten since has no chat left to show it in (forget me deleted the card
   * with the chat's reference).
   */
  private void settle(long matchId, boolean offerSide, JsonNode notice) {
    posted.changeForTheLastTime(
        proposalSubject(matchId, offerSide),
        card ->
            references
                .personalChat(card.conversationId())
                .ifPresent(
                    chat ->
                        messenger.updateUnlessRefused(
                            chat, card.activityId(), CardMessages.of(notice))));
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

  /**
   * The other person is told and their proposal card shown declined (the one who declined saw
   * theirs change as they clicked); neither card is changed again, so neither is kept. The event
   * says whom to tell: the match may have gone since, with the decliner's listings, to forget me.
   */
  @ApplicationModuleListener
  void on(ShadowingDeclined declined) {
    long matchId = declined.matchId();
    if (declined.namesDecliner()) {
      toldAsBefore(declined);
    } else {
      settle(matchId, declined.partnerOffers(), cards.declinedNotice());
      tellDeclined(matchId, declined.partnerKey());
    }
    // The card of the one who declined (and the other's, when it was not settled above).
    for (boolean offerSide : new boolean[] {true, false}) {
      postedCards.findBySubject(proposalSubject(matchId, offerSide)).ifPresent(postedCards::delete);
    }
  }

  /** An event stored before it said whom to tell: the other person is found from the match. */
  private void toldAsBefore(ShadowingDeclined declined) {
    long matchId = declined.matchId();
    var parties = cards.parties(matchId);
    for (int i = 0; i < parties.size(); i++) {
      var other = parties.get(i);
      if (other.key().equals(declined.declinedByKey())) {
        continue;
      }
      // The offer's side comes first (i == 0); a match missing a side has no card to show.
      if (parties.size() == 2) {
        settle(matchId, i == 0, cards.declinedNotice());
      }
      tellDeclined(matchId, other.key());
    }
  }

  /**
   * Once, however often the event is delivered (again after Teams took the message but the bot
   * could not record so). The key does not name the person: it must outlive their forget me.
   */
  private void tellDeclined(long matchId, String partnerKey) {
    sent.once(
        "shadowing:" + matchId + ":declined",
        () ->
            messenger.say(
                ConversationReferences.personalKey(partnerKey),
                texts.get("shadowing.other-declined")));
  }
}
