package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Reply;
import org.interfacebot.groups.GroupInfo;
import org.springframework.stereotype.Component;

/** What the raise dialog says and shows at each step. */
@Component
class RaisePrompts {

  static final String NO_PATIENT_DATA =
      "Please keep it general: nothing that could identify a patient (no names, NHS or CHI numbers"
          + " or dates of birth).";

  private final CardCatalogue cards;

  RaisePrompts(CardCatalogue cards) {
    this.cards = cards;
  }

  Reply chooseGroup(List<GroupInfo> groups) {
    return choices(
        "Which Interface Group is this issue for?",
        groups.stream().map(g -> new Choice(g.name(), String.valueOf(g.id()))).toList());
  }

  Reply askTitle() {
    return Reply.text(
        "**What happened?** Give the issue a short title (up to %d characters). %s"
            .formatted(IssueLimits.TITLE, NO_PATIENT_DATA));
  }

  Reply askDescription() {
    return Reply.text(
        "**Describe it.** What happened, where patients move between GP and hospital care, and why"
            + " it matters (up to %,d characters).".formatted(IssueLimits.DESCRIPTION));
  }

  Reply chooseCategory() {
    return choices(
        "**Which theme does it belong to?**",
        Arrays.stream(Category.values()).map(c -> new Choice(c.label(), c.label())).toList());
  }

  Reply confirm(RaiseDraft draft, String groupName) {
    return Reply.card(
        cards.render(
            "issues-confirm",
            new ConfirmCard(
                draft.draftId(),
                groupName,
                draft.title(),
                draft.description(),
                draft.category().label())));
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

  record ConfirmCard(
      String draftId, String groupName, String title, String description, String category) {}

  record RaisedCard(String reference, String title, String category, String groupName) {}

  record Notice(String title, String text) {}
}
