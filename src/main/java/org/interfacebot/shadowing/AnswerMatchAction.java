package org.interfacebot.shadowing;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/**
 * Accept or Decline on a proposed match, by one of its two people only. The card then shows what
 * became of the match, which may be the other person's answer or its removal, taken meanwhile.
 */
abstract class AnswerMatchAction implements CardAction {

  final MatchAnswers answers;
  final ShadowingCards cards;
  final Texts texts;

  AnswerMatchAction(MatchAnswers answers, ShadowingCards cards, Texts texts) {
    this.answers = answers;
    this.cards = cards;
    this.texts = texts;
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    var outcome = answer(data.path("match").asLong(-1), turn.from().key());
    return switch (outcome) {
      case NOT_YOURS -> throw new CardActionRefused(texts.get("shadowing.refused.not-yours"));
      // A card left from a match gone since: withdrawn, or its listing forgotten or expired. Which
      // is not known once the match is gone, so the card says neither, nor whose listing it was.
      case GONE -> Result.replaceWith(cards.removedNotice());
      case DECLINED -> Result.replaceWith(cards.declinedNotice());
      case DECLINED_BY_YOU -> shown("shadowing.declined.title", "shadowing.declined.text");
      case AGREED -> shown("shadowing.accepted.title", "shadowing.accepted.both");
      case WAITING -> shown("shadowing.accepted.title", "shadowing.accepted.waiting");
    };
  }

  private Result shown(String title, String text) {
    return Result.replaceWith(cards.notice(texts.get(title), texts.get(text)));
  }

  abstract MatchAnswers.Outcome answer(long matchId, String personKey);

  @Component
  static class Accept extends AnswerMatchAction {

    Accept(MatchAnswers answers, ShadowingCards cards, Texts texts) {
      super(answers, cards, texts);
    }

    @Override
    public String verb() {
      return "shadowing.accept";
    }

    @Override
    MatchAnswers.Outcome answer(long matchId, String personKey) {
      return answers.accept(matchId, personKey);
    }
  }

  @Component
  static class Decline extends AnswerMatchAction {

    Decline(MatchAnswers answers, ShadowingCards cards, Texts texts) {
      super(answers, cards, texts);
    }

    @Override
    public String verb() {
      return "shadowing.decline";
    }

    @Override
    MatchAnswers.Outcome answer(long matchId, String personKey) {
      return answers.decline(matchId, personKey);
    }
  }
}
