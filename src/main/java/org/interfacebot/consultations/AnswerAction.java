package org.interfacebot.consultations;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Membership;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** "Looks good" or "Concerns" on a sense-check card; the member sees their answer back. */
@Component
class AnswerAction implements CardAction {

  static final int COMMENT_LIMIT = 2000;

  private final Consultations consultations;
  private final ConsultationCards cards;
  private final Groups groups;
  private final Membership membership;
  private final PatientIdentifierGuard guard;
  private final Texts texts;

  AnswerAction(
      Consultations consultations,
      ConsultationCards cards,
      Groups groups,
      Membership membership,
      PatientIdentifierGuard guard,
      Texts texts) {
    this.consultations = consultations;
    this.cards = cards;
    this.groups = groups;
    this.membership = membership;
    this.guard = guard;
    this.texts = texts;
  }

  @Override
  public String verb() {
    return "consultations.answer";
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var consultation =
        consultations
            .byId(data.path("consultation").asLong(-1))
            .filter(c -> groups.visibleFrom(turn.place()).contains(c.groupId()))
            .orElseThrow(() -> refused("consultations.refused.unknown"));
    Verdict verdict =
        Verdict.fromCode(data.path("verdict").asText(""))
            .orElseThrow(() -> refused("consultations.refused.unknown-answer"));
    // Someone in the team but not on the member list is looked up in Teams and added.
    if (!membership.confirmed(consultation.groupId(), turn)) {
      throw refused("consultations.refused.not-a-member");
    }
    if (!consultations.openNow(consultation)) {
      throw refused("consultations.refused.closed");
    }
    String comment = data.path("comment").asText("").strip();
    if (verdict == Verdict.CONCERNS && comment.isEmpty()) {
      throw refused("consultations.refused.concerns-need-comment");
    }
    if (comment.length() > COMMENT_LIMIT) {
      throw refused("consultations.refused.comment-too-long", COMMENT_LIMIT);
    }
    if (!comment.isEmpty()) {
      var check = guard.check(comment);
      if (!check.clean()) {
        throw new CardActionRefused(
            check.explanation(texts.get("consultations.comment-field"), texts));
      }
    }
    try {
      consultations.answer(
          consultation.id(), turn.from(), verdict, comment.isEmpty() ? null : comment);
    } catch (Consultations.AnsweredTwiceAtOnce twice) {
      throw refused("consultations.refused.try-again");
    }
    return Result.replaceWith(cards.cardFor(consultation.id(), turn.from().key()));
  }

  private CardActionRefused refused(String key, Object... args) {
    return new CardActionRefused(texts.get(key, args));
  }
}
