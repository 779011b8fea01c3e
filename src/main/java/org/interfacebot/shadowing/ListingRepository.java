package org.interfacebot.shadowing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, Long> {

  List<Listing> findByPersonKeyOrderByCreatedAt(String personKey);

  List<Listing> findByKindAndCareOrderByCreatedAt(Kind kind, Care care);

  java.util.Optional<Listing> findByFormIdAndPersonKey(String formId, String personKey);

  @Query("select l.id from Listing l where l.createdAt < :cutoff order by l.id")
  List<Long> idsCreatedBefore(Instant cutoff);

  /**
   * Those of the listings still there, locked until the transaction ends: a listing is removed, or
   * matched, by one request at a time, and one removed meanwhile is not returned.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from Listing l where l.id in :ids order by l.id")
  List<Listing> lockAllById(Collection<Long> ids);
}
