package org.interfacebot.shadowing;

import java.time.Clock;
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

  /** Offers the listing again, if it is still there: its match was declined or removed. */
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

  /** Whose listing it is; empty once it is gone. */
  String personOf(long listingId) {
    return listings.findById(listingId).map(Listing::personKey).orElse("");
  }
}
