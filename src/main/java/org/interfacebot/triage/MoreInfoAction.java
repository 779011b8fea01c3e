package org.interfacebot.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueProgress;
import org.interfacebot.issues.IssueStatus;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter answers the group's request for more information: the answer is added to the issue,
 * its card is updated and the vote reopens.
 */
@Component
class MoreInfoAction implements CardAction {

  private static final int LIMIT = 2000;

  private final Issues issues;
  private final Groups groups;
  private final IssueProgress progress;
  private final TriageClosing closing;
  private final PatientIdentifierGuard guard;
  private final FollowUpCards cards;
  private final Texts texts;

  MoreInfoAction(
      Issues issues,
      Groups groups,
      IssueProgress progress,
      TriageClosing closing,
      PatientIdentifierGuard guard,
      FollowUpCards cards,
      Texts texts) {
    this.texts = texts;
    this.issues = issues;
    this.groups = groups;
    this.progress = progress;
    this.closing = closing;
    this.guard = guard;
    this.cards = cards;
  }

  @Override
  public String verb() {
    return "triage.moreinfo";
  }

  @Override
  @Transactional
  public Result handle(Turn turn, JsonNode data) {
    Predicate<IssueSummary> mine = i -> i.reporterKey().equals(turn.from().key());
    var issue =
        issues
            .byReference(data.path("issue").asText(""), cardGroup(turn, data), mine)
            .filter(mine)
            .orElseThrow(() -> new CardActionRefused(texts.get("triage.more-info.not-yours")));
    if (issue.status() != IssueStatus.MORE_INFO_NEEDED) {
      throw new CardActionRefused(texts.get("triage.more-info.not-waiting", issue.reference()));
    }
    String answer = data.path("answer").asText("").strip();
    if (answer.isEmpty() || answer.length() > LIMIT) {
      throw new CardActionRefused(texts.get("triage.more-info.write"));
    }
    var verdict = guard.check(answer);
    if (!verdict.clean()) {
      throw new CardActionRefused(verdict.explanation(texts.get("triage.field.answer"), texts));
    }
    issues.addNote(issue.id(), answer);
    if (!closing.reopen(issue.id())) {
      // Sent twice at once (a double press): the first answer reopened the vote; this one is
      // rolled back with its note.
      throw new CardActionRefused(texts.get("triage.more-info.not-waiting", issue.reference()));
    }
    progress.moveTo(
        issue.id(), IssueStatus.OPEN_FOR_TRIAGE, texts.get("triage.more-info.reopened"));
    return Result.replaceWith(
        cards.notice(
            texts.get("triage.more-info.sent"),
            texts.get("triage.more-info.added", issue.reference())));
  }

  /**
   * The group the card names, if it is one seen from here; a card sent before cards named it, every
   * group seen from here.
   */
  private List<Long> cardGroup(Turn turn, JsonNode data) {
    List<Long> visible = groups.visibleFrom(turn.place());
    long named = data.path("group").asLong(0);
    return visible.contains(named) ? List.of(named) : visible;
  }
}
