package org.interfacebot.shadowing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ListingRepository extends JpaRepository<Listing, Long> {

  List<Listing> findByPersonKeyOrderByCreatedAt(String personKey);

  List<Listing> findByKindAndCareOrderByCreatedAt(Kind kind, Care care);

  List<Listing> findByCreatedAtBefore(Instant cutoff);
}
