package org.interfacebot.consultations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sense-check card in the channel (open or closed) and the chairs' summary. */
@Service
public class ConsultationCards {

  private final Consultations consultations;
  private final CardCatalogue cards;
  private final Texts texts;

  ConsultationCards(Consultations consultations, CardCatalogue cards, Texts texts) {
    this.consultations = consultations;
    this.cards = cards;
    this.texts = texts;
  }

  /** The card everyone in the channel sees. */
  @Transactional(readOnly = true)
  public JsonNode channelCard(long consultationId) {
    return card(consultationId, null);
  }

  /** The card as the person who answered sees it: with their answer. */
  @Transactional(readOnly = true)
  JsonNode cardFor(long consultationId, String personKey) {
    return card(consultationId, personKey);
  }

  private JsonNode card(long consultationId, String personKey) {
    var c = consultations.byId(consultationId).orElseThrow();
    boolean open = consultations.openNow(c);
    String deadline = SenseCheckReader.show(c.deadline(), texts);
    String status =
        open
            ? texts.get("consultations.card.open", deadline)
            : texts.get("consultations.card.closed", deadline, counts(consultationId));
    String yours =
        personKey == null
            ? ""
            : consultations
                .answerOf(consultationId, personKey)
                .map(a -> texts.get("consultations.card.yours", label(a.verdict())))
                .orElse("");
    return cards.render(
        "consultations-card", new CardData(c.id(), c.title(), c.link(), status, open, yours));
  }

  /** What the chairs get when the deadline has passed. */
  @Transactional(readOnly = true)
  public JsonNode summaryCard(long consultationId) {
    var c = consultations.byId(consultationId).orElseThrow();
    var all = consultations.answers(consultationId);
    List<Comment> concerns =
        all.stream()
            .filter(a -> a.verdict() == Verdict.CONCERNS)
            .map(a -> new Comment(name(a), a.comment()))
            .toList();
    List<Comment> others =
        all.stream()
            .filter(a -> a.verdict() == Verdict.LOOKS_GOOD && a.comment() != null)
            .map(a -> new Comment(name(a), a.comment()))
            .toList();
    return cards.render(
        "consultations-summary",
        new Summary(
            c.title(),
            c.link(),
            texts.get("consultations.summary.closed", SenseCheckReader.show(c.deadline(), texts)),
            counts(consultationId),
            concerns,
            others));
  }

  private String counts(long consultationId) {
    var all = consultations.answers(consultationId);
    long good = all.stream().filter(a -> a.verdict() == Verdict.LOOKS_GOOD).count();
    return texts.get("consultations.counts", good, all.size() - good);
  }

  private String label(Verdict verdict) {
    return texts.get(
        verdict == Verdict.LOOKS_GOOD ? "consultations.looks-good" : "consultations.concerns");
  }

  private String name(ConsultationAnswer answer) {
    return answer.personName() == null || answer.personName().isBlank()
        ? texts.get("consultations.a-member")
        : answer.personName();
  }

  record CardData(
      long id, String title, String link, String status, boolean open, String yourAnswer) {}

  record Comment(String name, String comment) {}

  record Summary(
      String title,
      String link,
      String closed,
      String counts,
      List<Comment> concerns,
      List<Comment> comments) {}
}
