package org.interfacebot.shadowing;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;

/** Accept or Decline on a proposed match, by one of its two people only. */
abstract class AnswerMatchAction implements CardAction {

  final Shadowing shadowing;
  final ShadowingCards cards;
  final Texts texts;

  AnswerMatchAction(Shadowing shadowing, ShadowingCards cards, Texts texts) {
    this.shadowing = shadowing;
    this.cards = cards;
    this.texts = texts;
  }

  @Override
  public Result handle(Turn turn, JsonNode data) {
    long matchId = data.path("match").asLong(-1);
    if (shadowing.match(matchId).isEmpty()) {
      // A card left from a match withdrawn since: it is shown settled.
      return Result.replaceWith(cards.withdrawnNotice());
    }
    Kind side =
        shadowing
            .sideOf(matchId, turn.from().key())
            .orElseThrow(() -> new CardActionRefused(texts.get("shadowing.refused.not-yours")));
    var match = shadowing.match(matchId).orElseThrow();
    if (match.state() != MatchState.PROPOSED) {
      throw new CardActionRefused(texts.get("shadowing.refused.settled"));
    }
    return answer(matchId, side, turn.from().key());
  }

  abstract Result answer(long matchId, Kind side, String personKey);

  @org.springframework.stereotype.Component
  static class Accept extends AnswerMatchAction {

    Accept(Shadowing shadowing, ShadowingCards cards, Texts texts) {
      super(shadowing, cards, texts);
    }

    @Override
    public String verb() {
      return "shadowing.accept";
    }

    @Override
    Result answer(long matchId, Kind side, String personKey) {
      boolean agreed = shadowing.accept(matchId, side);
      return Result.replaceWith(
          cards.notice(
              texts.get("shadowing.accepted.title"),
              texts.get(agreed ? "shadowing.accepted.both" : "shadowing.accepted.waiting")));
    }
  }

  @org.springframework.stereotype.Component
  static class Decline extends AnswerMatchAction {

    Decline(Shadowing shadowing, ShadowingCards cards, Texts texts) {
      super(shadowing, cards, texts);
    }

    @Override
    public String verb() {
      return "shadowing.decline";
    }

    @Override
    Result answer(long matchId, Kind side, String personKey) {
      shadowing.decline(matchId, side);
      return Result.replaceWith(
          cards.notice(
              texts.get("shadowing.declined.title"), texts.get("shadowing.declined.text")));
    }
  }
}
