package org.interfacebot.shadowing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interfacebot.chat.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers and requests, the matches between them and both people's acceptance. */
@Service
class Shadowing {

  private final ListingRepository listings;
  private final MatchRepository matches;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Shadowing(
      ListingRepository listings,
      MatchRepository matches,
      ApplicationEventPublisher events,
      Clock clock) {
    this.listings = listings;
    this.matches = matches;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Saves the listing and proposes a match if one fits; returns the listing and any match. A form
   * sent again (Save clicked twice) returns the listing it saved the first time.
   *
   * @throws org.springframework.dao.DataIntegrityViolationException when the same form was saved
   *     meanwhile: sent again, it finds that listing
   */
  @Transactional
  Added add(Kind kind, String tenantId, Person person, Listing.Details details, String formId) {
    var saved =
        formId == null
            ? Optional.<Listing>empty()
            : listings.findByFormIdAndPersonKey(formId, person.key());
    if (saved.isPresent()) {
      return new Added(saved.get().id(), busy(saved.get().id()));
    }
    var listing =
        listings.saveAndFlush(
            new Listing(kind, tenantId, person, details, formId, clock.instant()));
    return new Added(listing.id(), propose(listing).isPresent());
  }

  record Added(long listingId, boolean matched) {}

  /**
   * Proposes the first listing that fits and is free. Both are locked, in id order, before the
   * match is made, and checked again: one being removed meanwhile (withdrawn, forgotten, expired)
   * is then gone, and one matched meanwhile is busy.
   */
  private Optional<ShadowingMatch> propose(Listing listing) {
    if (busy(listing.id())) {
      return Optional.empty();
    }
    var declined = declinedWith(listing.personKey());
    var candidates =
        listings
            .findByKindAndCareOrderByCreatedAt(listing.kind().other(), listing.care().other())
            .stream()
            .filter(listing::fits)
            .filter(other -> !declined.contains(other.personKey()))
            .filter(other -> !busy(other.id()))
            .filter(
                other ->
                    !matches.existsByOfferIdAndRequestId(
                        offerOf(listing, other).id(), requestOf(listing, other).id()))
            .toList();
    for (var other : candidates) {
      var both = listings.lockAllById(List.of(listing.id(), other.id()));
      if (both.stream().noneMatch(l -> l.id() == listing.id()) || busy(listing.id())) {
        return Optional.empty();
      }
      if (both.size() == 2 && !busy(other.id())) {
        var match =
            matches.save(
                new ShadowingMatch(
                    offerOf(listing, other).id(), requestOf(listing, other).id(), clock.instant()));
        events.publishEvent(new ShadowingProposed(match.id()));
        return Optional.of(match);
      }
    }
    return Optional.empty();
  }

  /**
   * The people with whom the person has a declined match: neither is proposed the other again, by
   * any listing of theirs (the same listed twice, or another), while the declined match is kept.
   */
  private Set<String> declinedWith(String personKey) {
    var mine = listingsOf(personKey).stream().map(Listing::id).toList();
    return matches.findByOfferIdInOrRequestIdIn(mine, mine).stream()
        .filter(m -> m.state() == MatchState.DECLINED)
        .flatMap(m -> Stream.of(m.offerId(), m.requestId()))
        .filter(id -> !mine.contains(id))
        .map(this::personOf)
        .collect(Collectors.toSet());
  }

  private static Listing offerOf(Listing a, Listing b) {
    return a.kind() == Kind.OFFER ? a : b;
  }

  private static Listing requestOf(Listing a, Listing b) {
    return a.kind() == Kind.REQUEST ? a : b;
  }

  /** Whether the listing waits on a proposal or has been agreed: it is then not offered again. */
  private boolean busy(long listingId) {
    return matches.findByOfferIdInOrRequestIdIn(List.of(listingId), List.of(listingId)).stream()
        .anyMatch(m -> EnumSet.of(MatchState.PROPOSED, MatchState.AGREED).contains(m.state()));
  }

  /** The side the person is on in the match, if they are in it. */
  @Transactional(readOnly = true)
  Optional<Kind> sideOf(long matchId, String personKey) {
    return matches.findById(matchId).flatMap(m -> side(m, personKey));
  }

  /** The side the person is on in this match, if they are in it. */
  Optional<Kind> side(ShadowingMatch match, String personKey) {
    if (personOf(match.offerId()).equals(personKey)) {
      return Optional.of(Kind.OFFER);
    }
    if (personOf(match.requestId()).equals(personKey)) {
      return Optional.of(Kind.REQUEST);
    }
    return Optional.empty();
  }

  @Transactional(readOnly = true)
  Optional<ShadowingMatch> match(long matchId) {
    return matches.findById(matchId);
  }

  /**
   * The match's state as stored now (none once it is deleted); see {@link
   * MatchRepository#stateById}.
   */
  @Transactional(readOnly = true)
  Optional<MatchState> stateNow(long matchId) {
    return matches.stateById(matchId);
  }

  /** Offers the listing again, if it is still there: its match was declined. */
  @Transactional
  void proposeAgain(long listingId) {
    listings.findById(listingId).ifPresent(this::propose);
  }

  @Transactional(readOnly = true)
  List<Listing> listingsOf(String personKey) {
    return listings.findByPersonKeyOrderByCreatedAt(personKey);
  }

  @Transactional(readOnly = true)
  List<ShadowingMatch> matchesOf(String personKey) {
    var ids = listingsOf(personKey).stream().map(Listing::id).toList();
    return ids.isEmpty() ? List.of() : matches.findByOfferIdInOrRequestIdIn(ids, ids);
  }

  @Transactional(readOnly = true)
  Optional<Listing> listing(long id) {
    return listings.findById(id);
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
        matches.findByOfferIdInOrRequestIdIn(List.of(listingId), List.of(listingId)).stream()
            .filter(m -> m.state() != MatchState.DECLINED)
            .map(
                m ->
                    new ShadowingWithdrawn(
                        m.id(),
                        m.offerId() == listingId ? "" : personOf(m.offerId()),
                        m.requestId() == listingId ? "" : personOf(m.requestId()),
                        ""))
            .toList();
    remove(List.of(listing.get()));
    withdrawn.forEach(events::publishEvent);
    return true;
  }

  /** Whose listing it is; empty once it is gone. */
  String personOf(long listingId) {
    return listings.findById(listingId).map(Listing::personKey).orElse("");
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
                    listing.kind().name().toLowerCase(java.util.Locale.ROOT),
                    listing.createdAt())));
    return old.size();
  }

  /**
   * Everything the person listed, with its matches, for {@code forget me}; returns how many. The
   * other person of each match still proposed or agreed is told, without naming the one forgotten.
   */
  @Transactional
  int forget(String personKey) {
    var ids = listingsOf(personKey).stream().map(Listing::id).toList();
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
    return matches.findByOfferIdInOrRequestIdIn(ids, ids).stream()
        .filter(m -> m.state() != MatchState.DECLINED)
        .map(
            m -> {
              boolean offerGone = ids.contains(m.offerId());
              boolean requestGone = ids.contains(m.requestId());
              String offerKey = offerGone && forgotten ? "" : personOf(m.offerId());
              String requestKey = requestGone && forgotten ? "" : personOf(m.requestId());
              String partner = offerGone ? (requestGone ? "" : requestKey) : offerKey;
              return new ShadowingMatchRemoved(m.id(), offerKey, requestKey, partner);
            })
        .toList();
  }

  /**
   * Deletes the listings with their matches; a listing that stays but loses a proposed or agreed
   * partner is matched again, with listings that waited while it was busy. One that only loses a
   * declined match was offered again when it was declined.
   */
  private void remove(List<Listing> gone) {
    if (gone.isEmpty()) {
      return;
    }
    var ids = gone.stream().map(Listing::id).toList();
    var theirs = matches.findByOfferIdInOrRequestIdIn(ids, ids);
    matches.deleteAll(theirs);
    listings.deleteAll(gone);
    matches.flush();
    theirs.stream()
        .filter(m -> m.state() != MatchState.DECLINED)
        .flatMap(m -> Stream.of(m.offerId(), m.requestId()))
        .filter(id -> !ids.contains(id))
        .distinct()
        .flatMap(id -> listings.findById(id).stream())
        .forEach(this::propose);
  }
}
