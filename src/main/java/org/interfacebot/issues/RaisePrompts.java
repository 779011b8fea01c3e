package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Reply;
import org.interfacebot.groups.GroupInfo;
import org.springframework.stereotype.Component;

/** What the raise dialog says and shows at each step; every card is a template in cards/. */
@Component
class RaisePrompts {

  static final String NO_PATIENT_DATA =
      "Please keep it general: nothing that could identify a patient (no names, NHS or CHI numbers"
          + " or dates of birth).";

  private final CardCatalogue cards;

  RaisePrompts(CardCatalogue cards) {
    this.cards = cards;
  }

  Reply intro() {
    return Reply.text(
        "Let's raise an interface issue: nine short questions. Type `back` to change your last"
            + " answer, `form` to fill everything in on one card, or `cancel` to stop. "
            + NO_PATIENT_DATA);
  }

  Reply chooseGroup(List<GroupInfo> groups) {
    return choices(
        "Which Interface Group is this issue for?",
        groups.stream().map(g -> new Choice(g.name(), String.valueOf(g.id()))).toList());
  }

  Reply offer() {
    return choices(
        "That sounds like an interface issue. Shall I start raising one, with what you wrote as"
            + " its description?",
        List.of(new Choice("Yes, start an issue", "yes"), new Choice("No thanks", "no")));
  }

  Reply ask(Question question) {
    if (question.freeText()) {
      return Reply.text(question.prompt());
    }
    return choices(
        question.prompt(),
        question.options().stream().map(o -> new Choice(o.label(), o.label())).toList());
  }

  JsonNode confirm(RaiseDraft draft, String groupName, List<IssueSummary> similar) {
    return cards.render("issues-confirm", ConfirmCard.of(draft, groupName, similar));
  }

  JsonNode form(RaiseDraft draft, String error) {
    return cards.render("issues-form", FormCard.of(draft, error));
  }

  JsonNode raised(IssueSummary issue, String groupName) {
    return cards.render(
        "issues-raised",
        new RaisedCard(issue.reference(), issue.title(), issue.category().label(), groupName));
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
