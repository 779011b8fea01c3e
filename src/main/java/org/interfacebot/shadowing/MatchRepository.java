package org.interfacebot.shadowing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRepository extends JpaRepository<ShadowingMatch, Long> {

  List<ShadowingMatch> findByOfferIdInOrRequestIdIn(
      Collection<Long> offerIds, Collection<Long> requestIds);

  /** The match, locked until the transaction ends: two people accepting at once both count. */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select m from ShadowingMatch m where m.id = :id")
  java.util.Optional<ShadowingMatch> lockById(long id);

  /**
   * The matches of these listings, locked in id order until the transaction ends, as they stand
   * now: a Decline that holds one is waited for and seen. Taken only after the listings themselves
   * are locked, never before: listings first, then matches, in every transaction.
   */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query(
      "select m from ShadowingMatch m where m.offerId in :ids or m.requestId in :ids order by m.id")
  List<ShadowingMatch> lockAllOf(Collection<Long> ids);

  boolean existsByOfferIdAndRequestId(long offerId, long requestId);

  /**
   * The match's state as stored now, never as an earlier read in the same transaction left it in
   * the persistence context: a listener that posts a proposal sees a decline that came meanwhile.
   */
  @org.springframework.data.jpa.repository.Query(
      "select m.state from ShadowingMatch m where m.id = :id")
  java.util.Optional<MatchState> stateById(long id);
}
