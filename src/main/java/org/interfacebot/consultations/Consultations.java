package org.interfacebot.consultations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens sense-checks, records answers until the deadline and closes them. */
@Service
class Consultations {

  private final ConsultationRepository consultations;
  private final AnswerRepository answers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Consultations(
      ConsultationRepository consultations,
      AnswerRepository answers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.consultations = consultations;
    this.answers = answers;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Consultation open(long groupId, SenseCheckReader.Request request, Person chair) {
    var saved =
        consultations.save(
            new Consultation(
                groupId,
                request.title(),
                request.link(),
                request.deadline(),
                chair.key(),
                clock.instant()));
    events.publishEvent(new ConsultationOpened(saved.id(), groupId));
    return saved;
  }

  @Transactional(readOnly = true)
  Optional<Consultation> byId(long id) {
    return consultations.findById(id);
  }

  boolean openNow(Consultation consultation) {
    return consultation.openAt(clock.instant());
  }

  /** Records or changes the person's answer; the caller has checked they may answer. */
  @Transactional
  void answer(long consultationId, Person person, Verdict verdict, String comment) {
    var answer =
        answers
            .findByConsultationIdAndPersonKey(consultationId, person.key())
            .orElseGet(() -> new ConsultationAnswer(consultationId, person.key()));
    answer.answer(person.name(), verdict, comment, clock.instant());
    try {
      answers.saveAndFlush(answer);
    } catch (DataIntegrityViolationException answeredMeanwhile) {
      throw new AnsweredTwiceAtOnce();
    }
  }

  @Transactional(readOnly = true)
  Optional<ConsultationAnswer> answerOf(long consultationId, String personKey) {
    return answers.findByConsultationIdAndPersonKey(consultationId, personKey);
  }

  @Transactional(readOnly = true)
  List<ConsultationAnswer> answers(long consultationId) {
    return answers.findByConsultationIdOrderByAnsweredAt(consultationId);
  }

  /** Closes every sense-check whose deadline has come; each is closed (and announced) once. */
  @Transactional
  int closeDue() {
    var now = clock.instant();
    int closed = 0;
    for (var due : consultations.findByClosedAtIsNullAndDeadlineLessThanEqual(now)) {
      if (consultations.close(due.id(), now) == 1) {
        events.publishEvent(new ConsultationClosed(due.id(), due.groupId()));
        closed++;
      }
    }
    return closed;
  }

  /** Two clicks by the same person raced; the second is refused and can simply be repeated. */
  static class AnsweredTwiceAtOnce extends RuntimeException {}
}
