package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/** Small notice cards: a problem with a clicked button, a confirmation. */
@Component
class Notices {

  private final CardCatalogue cards;
  private final Texts texts;

  Notices(CardCatalogue cards, Texts texts) {
    this.texts = texts;
    this.cards = cards;
  }

  JsonNode problem(String text) {
    return cards.render("chat-notice", new Notice(texts.get("teams.notice.problem"), text));
  }

  record Notice(String title, String text) {}
}
