package org.interfacebot.consultations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<ConsultationAnswer, Long> {

  Optional<ConsultationAnswer> findByConsultationIdAndPersonKey(
      long consultationId, String personKey);

  List<ConsultationAnswer> findByPersonKey(String personKey);

  List<ConsultationAnswer> findByConsultationIdOrderByAnsweredAt(long consultationId);
}
