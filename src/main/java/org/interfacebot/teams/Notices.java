package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.cards.CardCatalogue;
import org.springframework.stereotype.Component;

/** Small notice cards: a problem with a clicked button, a confirmation. */
@Component
class Notices {

  private final CardCatalogue cards;

  Notices(CardCatalogue cards) {
    this.cards = cards;
  }

  JsonNode problem(String text) {
    return cards.render("chat-notice", new Notice("That didn't work", text));
  }

  record Notice(String title, String text) {}
}
