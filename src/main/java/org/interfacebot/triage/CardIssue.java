package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Component;

/** The issue a card button is about: its data's {@code issue}, among the groups seen from here. */
@Component
class CardIssue {

  private final Issues issues;
  private final Groups groups;
  private final Texts texts;

  CardIssue(Issues issues, Groups groups, Texts texts) {
    this.texts = texts;
    this.issues = issues;
    this.groups = groups;
  }

  IssueSummary of(Turn turn, JsonNode data) {
    return issues
        .byReference(data.path("issue").asText(""), groups.visibleFrom(turn.place()))
        .orElseThrow(() -> new CardActionRefused(texts.get("triage.issue-gone")));
  }
}
