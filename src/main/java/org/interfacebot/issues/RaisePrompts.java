package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupInfo;
import org.springframework.stereotype.Component;

/** What the raise dialog says and shows at each step; every card is a template in cards/. */
@Component
class RaisePrompts {

  private final CardCatalogue cards;
  private final Texts texts;

  RaisePrompts(CardCatalogue cards, Texts texts) {
    this.texts = texts;
    this.cards = cards;
  }

  Reply intro() {
    return texts.reply("issues.raise.intro");
  }

  Reply chooseGroup(List<GroupInfo> groups) {
    return choices(
        texts.get("issues.raise.choose-group"),
        groups.stream().map(g -> new Choice(g.name(), String.valueOf(g.id()))).toList());
  }

  Reply offer() {
    return choices(
        texts.get("issues.raise.offer"),
        List.of(
            new Choice(texts.get("issues.raise.offer.yes"), "yes"),
            new Choice(texts.get("issues.raise.offer.no"), "no")));
  }

  Reply ask(Question question) {
    if (question.freeText()) {
      return texts.reply(question.promptKey());
    }
    return choices(
        texts.get(question.promptKey()),
        question.options().stream().map(o -> new Choice(texts.label(o), texts.label(o))).toList());
  }

  JsonNode confirm(RaiseDraft draft, String groupName, List<IssueSummary> similar) {
    return cards.render("issues-confirm", ConfirmCard.of(draft, groupName, similar, texts));
  }

  JsonNode form(RaiseDraft draft, String error) {
    return cards.render("issues-form", FormCard.of(draft, error, texts));
  }

  JsonNode raised(IssueSummary issue, String groupName) {
    return cards.render(
        "issues-raised",
        new RaisedCard(issue.reference(), issue.title(), texts.label(issue.category()), groupName));
  }

  JsonNode notice(String title, String text) {
    return cards.render("chat-notice", new Notice(title, text));
  }

  private Reply choices(String prompt, List<Choice> choices) {
    return Reply.card(cards.render("issues-choice", new ChoiceCard(prompt, choices)));
  }

  record Choice(String title, String value) {}

  record ChoiceCard(String prompt, List<Choice> choices) {}

  record RaisedCard(String reference, String title, String category, String groupName) {}

  record Notice(String title, String text) {}
}
