package org.interfacebot.issues;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.Groups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Add my experience to IF-…" on the confirmation card: a +1 (with the optional comment) on an
 * existing similar issue, instead of raising a duplicate.
 */
@Component
class SupportAction implements CardAction {

  private final Issues issues;
  private final SupportRepository supports;
  private final AnswerCheck check;
  private final SimilarIssues similar;
  private final RaisePrompts prompts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Texts texts;
  private final Groups groups;

  SupportAction(
      Issues issues,
      SupportRepository supports,
      AnswerCheck check,
      SimilarIssues similar,
      RaisePrompts prompts,
      ApplicationEventPublisher events,
      Clock clock,
      Texts texts,
      Groups groups) {
    this.texts = texts;
    this.groups = groups;
    this.issues = issues;
    this.supports = supports;
    this.check = check;
    this.similar = similar;
    this.prompts = prompts;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String verb() {
    return "raise.support";
  }

  @Override
  @Transactional
  public Result handle(Turn turn, JsonNode data) {
    String reference = data.path("reference").asText("");
    RaiseDraft draft;
    try {
      draft = RaiseForm.activeDraft(turn, data, texts);
    } catch (CardActionRefused closed) {
      // Pressed again (a double click) after the first press added it and closed the draft.
      return alreadyAdded(turn, reference).orElseThrow(() -> closed);
    }
    IssueSummary issue =
        similar.to(draft, turn.from().key()).stream()
            .filter(i -> i.reference().equals(reference))
            .findFirst()
            .orElseThrow(() -> new CardActionRefused(texts.get("issues.support.closed")));
    String comment = data.path("comment").asText("").strip();
    if (!comment.isEmpty()) {
      var checked = check.text(texts.get("issues.support.comment"), comment, 1000);
      if (!checked.ok()) {
        throw new CardActionRefused(checked.problem());
      }
    }
    String kept = comment.isEmpty() ? null : comment;
    var now = clock.instant();
    supports
        .findByIssueIdAndSupporterKey(issue.id(), turn.from().key())
        .ifPresentOrElse(
            s -> s.update(kept, now),
            () -> supports.save(new Support(issue.id(), turn.from().key(), kept, now)));
    events.publishEvent(new IssueSupported(issue.id()));
    turn.memory().clear();
    return new Result(
        added(issue), List.of(texts.reply("issues.support.thanks", issue.reference())));
  }

  private JsonNode added(IssueSummary issue) {
    return prompts.notice(
        texts.get("issues.support.added", issue.reference()),
        texts.get("issues.support.counts", issue.title(), supports.countByIssueId(issue.id())));
  }

  /** The card of the first press, where the person's experience is on the issue pressed for. */
  private Optional<Result> alreadyAdded(Turn turn, String reference) {
    List<IssueSummary> theirs =
        issues.allByReference(reference, groups.visibleFrom(turn.place())).stream()
            .filter(
                i -> supports.findByIssueIdAndSupporterKey(i.id(), turn.from().key()).isPresent())
            .toList();
    return theirs.size() == 1
        ? Optional.of(Result.replaceWith(added(theirs.get(0))))
        : Optional.empty();
  }
}
