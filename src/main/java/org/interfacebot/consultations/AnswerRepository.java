package org.interfacebot.consultations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<ConsultationAnswer, Long> {

  Optional<ConsultationAnswer> findByConsultationIdAndPersonKey(
      long consultationId, String personKey);

  List<ConsultationAnswer> findByPersonKey(String personKey);

  List<ConsultationAnswer> findByConsultationIdOrderByAnsweredAt(long consultationId);

  List<ConsultationAnswer> findByConsultationIdIn(Collection<Long> consultationIds);

  /** Answers to sense-checks closed before the cut-off that still name who gave them. */
  @Query(
      "select a from ConsultationAnswer a where a.personKey not like :gone and a.consultationId in"
          + " (select c.id from Consultation c where c.closedAt < :cutoff)")
  List<ConsultationAnswer> linkedClosedBefore(Instant cutoff, String gone);
}
