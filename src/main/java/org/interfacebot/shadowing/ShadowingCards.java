package org.interfacebot.shadowing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shadowing form, the proposed match (the other person's details, not yet their name) and the
 * introduction.
 */
@Service
public class ShadowingCards {

  private final Shadowing shadowing;
  private final CardCatalogue cards;
  private final Texts texts;

  ShadowingCards(Shadowing shadowing, CardCatalogue cards, Texts texts) {
    this.shadowing = shadowing;
    this.cards = cards;
    this.texts = texts;
  }

  JsonNode form(Kind kind) {
    return cards.render(
        "shadowing-form",
        new Form(
            kind.name().toLowerCase(java.util.Locale.ROOT),
            java.util.UUID.randomUUID().toString(),
            texts.get(kind == Kind.OFFER ? "shadowing.form.offer" : "shadowing.form.request")));
  }

  JsonNode notice(String title, String text) {
    return cards.render("chat-notice", new Notice(title, text));
  }

  /** The two people of a match, offer first; none when it was withdrawn meanwhile. */
  @Transactional(readOnly = true)
  public List<Person> parties(long matchId) {
    // A match withdrawn before its event was delivered has no one left to tell.
    var match = shadowing.match(matchId);
    if (match.isEmpty()) {
      return List.of();
    }
    return java.util.stream.Stream.of(match.get().offerId(), match.get().requestId())
        .flatMap(id -> shadowing.listing(id).stream())
        .map(Listing::person)
        .toList();
  }

  /**
   * Whether the match still waits for the two answers; false once declined, or gone with a listing.
   * A proposal card is posted only then.
   */
  @Transactional(readOnly = true)
  public boolean stillProposed(long matchId) {
    return shadowing.stateNow(matchId).filter(state -> state == MatchState.PROPOSED).isPresent();
  }

  /**
   * What a proposal card of the match shows once nothing is left to answer: declined, or no longer
   * available (gone with a listing); empty while it is proposed or agreed.
   */
  @Transactional(readOnly = true)
  public Optional<JsonNode> settledNotice(long matchId) {
    var state = shadowing.stateNow(matchId);
    if (state.isEmpty()) {
      return Optional.of(removedNotice());
    }
    return state.get() == MatchState.DECLINED ? Optional.of(declinedNotice()) : Optional.empty();
  }

  /** What a proposal card shows once its match was withdrawn: nothing left to accept or decline. */
  public JsonNode withdrawnNotice() {
    return notice(texts.get("shadowing.withdrawn.title"), texts.get("shadowing.withdrawn.card"));
  }

  /**
   * What a proposal card shows once a listing in its match was removed by forget me or retention,
   * and what one shows when clicked once its match is gone, however it went.
   */
  public JsonNode removedNotice() {
    return notice(texts.get("shadowing.removed.title"), texts.get("shadowing.removed.card"));
  }

  /** What the other person's proposal card shows once one of the two declined. */
  public JsonNode declinedNotice() {
    return notice(texts.get("shadowing.declined.title"), texts.get("shadowing.declined.card"));
  }

  /** The proposal as one of the two sees it: the other's listing, with Accept and Decline. */
  @Transactional(readOnly = true)
  public JsonNode proposal(long matchId, String personKey) {
    var other = other(matchId, personKey);
    return cards.render(
        "shadowing-match",
        new Proposal(
            matchId,
            texts.get(
                other.kind() == Kind.OFFER
                    ? "shadowing.match.offered"
                    : "shadowing.match.requested"),
            describe(other),
            other.availability()));
  }

  /** The introduction one of the two gets when both accepted: the other's name and details. */
  @Transactional(readOnly = true)
  public String introduction(long matchId, String personKey) {
    var other = other(matchId, personKey);
    return texts.get(
        "shadowing.introduction",
        texts.name(other.person()),
        describe(other),
        other.availability());
  }

  private Listing other(long matchId, String personKey) {
    var match = shadowing.match(matchId).orElseThrow();
    var offer = shadowing.listing(match.offerId()).orElseThrow();
    var request = shadowing.listing(match.requestId()).orElseThrow();
    return offer.personKey().equals(personKey) ? request : offer;
  }

  String describe(Listing listing) {
    String care =
        texts.get(
            listing.care() == Care.PRIMARY ? "shadowing.care.primary" : "shadowing.care.secondary");
    return listing.specialty() == null
        ? texts.get("shadowing.describe", listing.role(), care)
        : texts.get("shadowing.describe.specialty", listing.role(), listing.specialty(), care);
  }

  /** {@code form}: an id of its own, for the listing to be saved once from it. */
  record Form(String kind, String form, String heading) {}

  record Notice(String title, String text) {}

  record Proposal(long match, String heading, String who, String availability) {}
}
