package org.interfacebot.consultations;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

  List<Consultation> findByClosedAtIsNullAndDeadlineLessThanEqual(Instant now);

  List<Consultation> findByOpenedBy(String personKey);

  List<Consultation> findByClosedAtBefore(Instant cutoff);

  /** Closed before the cut-off and still naming who opened them. */
  @Query("select c from Consultation c where c.closedAt < :cutoff and c.openedBy not like :gone")
  List<Consultation> linkedClosedBefore(Instant cutoff, String gone);

  /** Closes it unless another instance did first; 1 when this call closed it. */
  @Modifying
  @Query("update Consultation c set c.closedAt = :now where c.id = :id and c.closedAt is null")
  int close(long id, Instant now);
}
