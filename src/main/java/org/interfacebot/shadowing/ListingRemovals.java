package org.interfacebot.shadowing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and requests removed with their matches: withdrawn by their owner, forgotten ({@code
 * forget me}) or expired (retention). The other person of a match lost is told, and their listing
 * proposed again.
 *
 * <p>Each locks the listings first (in id order), then their matches (in id order, {@link
 * MatchRepository#lockAllOf}), so a match a Decline or Accept holds is waited for and seen as it
 * answered; and none locks a listing after a match (see {@link ListingsFreed}).
 */
@Service
class ListingRemovals {

  private final Shadowing shadowing;
  private final ListingRepository listings;
  private final MatchRepository matches;
  private final ApplicationEventPublisher events;

  ListingRemovals(
      Shadowing shadowing,
      ListingRepository listings,
      MatchRepository matches,
      ApplicationEventPublisher events) {
    this.shadowing = shadowing;
    this.listings = listings;
    this.matches = matches;
    this.events = events;
  }

  /**
   * Removes one of the person's own listings with its matches; false when it is not theirs. The
   * other person of each match still proposed or agreed is told ({@link ShadowingWithdrawn}, which
   * does not name the one who withdrew).
   */
  @Transactional
  boolean withdraw(String personKey, long listingId) {
    var listing =
        listings.lockAllById(List.of(listingId)).stream()
            .filter(l -> l.personKey().equals(personKey))
            .findFirst();
    if (listing.isEmpty()) {
      return false;
    }
    var withdrawn =
        matches.lockAllOf(List.of(listingId)).stream()
            .filter(m -> m.state() != MatchState.DECLINED)
            .map(
                m ->
                    new ShadowingWithdrawn(
                        m.id(),
                        m.offerId() == listingId ? "" : shadowing.personOf(m.offerId()),
                        m.requestId() == listingId ? "" : shadowing.personOf(m.requestId()),
                        ""))
            .toList();
    remove(List.of(listing.get()));
    withdrawn.forEach(events::publishEvent);
    return true;
  }

  /**
   * Deletes the offers and requests made before the cut-off, with their matches, and tells each
   * person. Returns how many.
   */
  @Transactional
  int expireListedBefore(Instant cutoff) {
    // Listed, then locked and read afresh: one withdrawn meanwhile is gone, and a match made or
    // declined meanwhile is seen as it is now. No new match is made with one while it is locked.
    var due = listings.idsCreatedBefore(cutoff);
    var old = due.isEmpty() ? List.<Listing>of() : listings.lockAllById(due);
    var lost = matchesLost(old, false);
    remove(old);
    lost.forEach(events::publishEvent);
    old.forEach(
        listing ->
            events.publishEvent(
                new ShadowingExpired(
                    listing.id(),
                    listing.personKey(),
                    listing.kind().name().toLowerCase(Locale.ROOT),
                    listing.createdAt())));
    return old.size();
  }

  /**
   * Everything the person listed, with its matches, for {@code forget me}; returns how many. The
   * other person of each match still proposed or agreed is told, without naming the one forgotten.
   */
  @Transactional
  int forget(String personKey) {
    var ids =
        listings.findByPersonKeyOrderByCreatedAt(personKey).stream().map(Listing::id).toList();
    var mine = ids.isEmpty() ? List.<Listing>of() : listings.lockAllById(ids);
    var lost = matchesLost(mine, true);
    remove(mine);
    lost.forEach(events::publishEvent);
    return mine.size();
  }

  /**
   * The matches still proposed or agreed that go with these listings, as events; the people whose
   * listings go are left out when they are being forgotten.
   */
  private List<ShadowingMatchRemoved> matchesLost(List<Listing> gone, boolean forgotten) {
    if (gone.isEmpty()) {
      return List.of();
    }
    var ids = gone.stream().map(Listing::id).toList();
    return matches.lockAllOf(ids).stream()
        .filter(m -> m.state() != MatchState.DECLINED)
        .map(
            m -> {
              boolean offerGone = ids.contains(m.offerId());
              boolean requestGone = ids.contains(m.requestId());
              String offerKey = offerGone && forgotten ? "" : shadowing.personOf(m.offerId());
              String requestKey = requestGone && forgotten ? "" : shadowing.personOf(m.requestId());
              String partner = offerGone ? (requestGone ? "" : requestKey) : offerKey;
              return new ShadowingMatchRemoved(m.id(), offerKey, requestKey, partner);
            })
        .toList();
  }

  /**
   * Deletes the listings, locked, with their matches, locked (after them); a listing that stays but
   * loses a proposed or agreed partner is matched again once this commits ({@link ListingsFreed}),
   * with listings that waited while it was busy. One that only loses a declined match was offered
   * again when it was declined.
   */
  private void remove(List<Listing> gone) {
    if (gone.isEmpty()) {
      return;
    }
    var ids = gone.stream().map(Listing::id).toList();
    var theirs = matches.lockAllOf(ids);
    matches.deleteAll(theirs);
    listings.deleteAll(gone);
    matches.flush();
    var freed =
        theirs.stream()
            .filter(m -> m.state() != MatchState.DECLINED)
            .flatMap(m -> Stream.of(m.offerId(), m.requestId()))
            .filter(id -> !ids.contains(id))
            .distinct()
            .toList();
    if (!freed.isEmpty()) {
      events.publishEvent(new ListingsFreed(freed));
    }
  }
}
