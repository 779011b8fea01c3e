package org.interfacebot.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Texts;
import org.interfacebot.governance.PersonalRecords;
import org.interfacebot.governance.RetentionCutoffs;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sense-check answers and sense-checks started, in {@code my data} and {@code forget me}. */
@Component
class ConsultationRecords implements PersonalRecords {

  private final AnswerRepository answers;
  private final ConsultationRepository consultations;
  private final Texts texts;

  ConsultationRecords(AnswerRepository answers, ConsultationRepository consultations, Texts texts) {
    this.answers = answers;
    this.consultations = consultations;
    this.texts = texts;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> heldFor(String personKey) {
    var lines = new ArrayList<String>();
    int answered = answers.findByPersonKey(personKey).size();
    if (answered > 0) {
      lines.add(texts.get("consultations.data.answers", answered));
    }
    int started = consultations.findByOpenedBy(personKey).size();
    if (started > 0) {
      lines.add(texts.get("consultations.data.started", started));
    }
    return lines;
  }

  @Override
  @Transactional
  public Optional<String> forget(String personKey) {
    var mine = answers.findByPersonKey(personKey);
    mine.forEach(ConsultationAnswer::forget);
    var started = consultations.findByOpenedBy(personKey);
    started.forEach(Consultation::forgetOpener);
    return mine.isEmpty() && started.isEmpty()
        ? Optional.empty()
        : Optional.of(texts.get("consultations.data.forgotten", mine.size() + started.size()));
  }

  /**
   * A sense-check's answers lose who gave them as a vote's do, its opener goes with the reporters
   * of settled issues, and it is deleted, with its answers, as a settled issue is.
   */
  @Override
  @Transactional
  public int applyRetention(RetentionCutoffs cutoffs) {
    var expired = consultations.findByClosedAtBefore(cutoffs.deleteBefore());
    answers.deleteAll(
        answers.findByConsultationIdIn(expired.stream().map(Consultation::id).toList()));
    consultations.deleteAll(expired);
    var answered = answers.linkedClosedBefore(cutoffs.votersBefore(), Tombstone.likePattern());
    answered.forEach(ConsultationAnswer::forget);
    var opened =
        consultations.linkedClosedBefore(cutoffs.anonymiseBefore(), Tombstone.likePattern());
    opened.forEach(Consultation::forgetOpener);
    return expired.size() + answered.size() + opened.size();
  }
}
