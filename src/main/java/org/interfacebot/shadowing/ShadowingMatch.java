package org.interfacebot.shadowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An offer and a request proposed to each other; agreed once both people accept. */
@Entity
@Table(name = "shadowing_match")
final class ShadowingMatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "offer_id", nullable = false)
  private long offerId;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "offer_accepted", nullable = false)
  private boolean offerAccepted;

  @Column(name = "request_accepted", nullable = false)
  private boolean requestAccepted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MatchState state;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected ShadowingMatch() {}

  ShadowingMatch(long offerId, long requestId, Instant now) {
    this.offerId = offerId;
    this.requestId = requestId;
    this.state = MatchState.PROPOSED;
    this.proposedAt = now;
  }

  long id() {
    return id;
  }

  long offerId() {
    return offerId;
  }

  long requestId() {
    return requestId;
  }

  MatchState state() {
    return state;
  }

  boolean acceptedBy(Kind side) {
    return side == Kind.OFFER ? offerAccepted : requestAccepted;
  }

  /** Records one side's acceptance; true when that made the match agreed. */
  boolean accept(Kind side, Instant now) {
    if (side == Kind.OFFER) {
      offerAccepted = true;
    } else {
      requestAccepted = true;
    }
    if (offerAccepted && requestAccepted) {
      state = MatchState.AGREED;
      settledAt = now;
      return true;
    }
    return false;
  }

  void decline(Instant now) {
    state = MatchState.DECLINED;
    settledAt = now;
  }
}
