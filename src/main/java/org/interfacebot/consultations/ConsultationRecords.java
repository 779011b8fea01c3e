package org.interfacebot.consultations;

import java.time.Clock;
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
  private final Clock clock;

  ConsultationRecords(
      AnswerRepository answers, ConsultationRepository consultations, Texts texts, Clock clock) {
    this.answers = answers;
    this.consultations = consultations;
    this.texts = texts;
    this.clock = clock;
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

  /**
   * Answers to sense-checks still open are withdrawn, as votes still open are: the person may
   * answer again once back in the channel, and an answer kept unlinked would then count twice.
   * Answers to closed ones, and the sense-checks they started, stay for the group, no longer linked
   * to them.
   */
  @Override
  @Transactional
  public Optional<String> forget(String personKey) {
    var now = clock.instant();
    var mine = answers.findByPersonKey(personKey);
    var open =
        mine.stream()
            .filter(
                a ->
                    consultations
                        .findById(a.consultationId())
                        .filter(c -> c.openAt(now))
                        .isPresent())
            .toList();
    answers.deleteAll(open);
    var kept = mine.stream().filter(a -> !open.contains(a)).toList();
    kept.forEach(ConsultationAnswer::forget);
    var started = consultations.findByOpenedBy(personKey);
    started.forEach(Consultation::forgetOpener);
    var lines = new ArrayList<String>();
    if (!open.isEmpty()) {
      lines.add(texts.get("consultations.data.withdrawn", open.size()));
    }
    if (!kept.isEmpty() || !started.isEmpty()) {
      lines.add(texts.get("consultations.data.forgotten", kept.size() + started.size()));
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", lines));
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
