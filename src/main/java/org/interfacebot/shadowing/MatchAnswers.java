package org.interfacebot.shadowing;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accept and Decline on a proposed match. The match is locked before anything of it is read, so
 * each answer sees the other's as it stands (declined, agreed, or gone with a listing) and says so,
 * rather than what was true before it waited for the lock.
 *
 * <p>An answer locks the match and nothing else: a withdrawal, {@code forget me} or retention locks
 * listings and then their matches, so an answer that went on to lock listings while it held the
 * match (as a Decline did when it proposed both listings again before it committed) could deadlock
 * with them. Proposing again waits for the commit ({@link ListingsFreed}).
 */
@Service
class MatchAnswers {

  /** What the match is once the answer is taken. */
  enum Outcome {
    GONE,
    NOT_YOURS,
    WAITING,
    AGREED,
    DECLINED,
    DECLINED_BY_YOU
  }

  private final Shadowing shadowing;
  private final MatchRepository matches;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MatchAnswers(
      Shadowing shadowing, MatchRepository matches, ApplicationEventPublisher events, Clock clock) {
    this.shadowing = shadowing;
    this.matches = matches;
    this.events = events;
    this.clock = clock;
  }

  /** The person accepts; the two are introduced ({@link ShadowingAgreed}) once both have. */
  @Transactional
  Outcome accept(long matchId, String personKey) {
    return answer(
        matchId,
        personKey,
        (match, side) -> {
          if (!match.accept(side, clock.instant())) {
            return Outcome.WAITING;
          }
          events.publishEvent(new ShadowingAgreed(matchId));
          return Outcome.AGREED;
        });
  }

  /**
   * The person declines; both listings are free to be matched with others, once this commits
   * ({@link ListingsFreed}). The other person is told ({@link ShadowingDeclined}, which does not
   * name the one who declined).
   */
  @Transactional
  Outcome decline(long matchId, String personKey) {
    return answer(
        matchId,
        personKey,
        (match, side) -> {
          match.decline(clock.instant());
          matches.flush();
          String offerKey = side == Kind.OFFER ? "" : shadowing.personOf(match.offerId());
          String requestKey = side == Kind.REQUEST ? "" : shadowing.personOf(match.requestId());
          events.publishEvent(new ShadowingDeclined(matchId, "", offerKey, requestKey));
          events.publishEvent(new ListingsFreed(List.of(match.offerId(), match.requestId())));
          return Outcome.DECLINED_BY_YOU;
        });
  }

  private interface Answer {
    Outcome take(ShadowingMatch match, Kind side);
  }

  private Outcome answer(long matchId, String personKey, Answer answer) {
    // The lock is the first read of the match in this transaction, so it is read afresh.
    var locked = matches.lockById(matchId);
    if (locked.isEmpty()) {
      return Outcome.GONE;
    }
    var match = locked.get();
    var side = shadowing.side(match, personKey);
    if (side.isEmpty()) {
      return Outcome.NOT_YOURS;
    }
    return switch (match.state()) {
      case AGREED -> Outcome.AGREED;
      case DECLINED -> Outcome.DECLINED;
      case PROPOSED -> answer.take(match, side.get());
    };
  }
}
