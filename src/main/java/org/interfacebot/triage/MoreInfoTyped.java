package org.interfacebot.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interfacebot.chat.FreeText;
import org.interfacebot.chat.Pleasantry;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.issues.Issues;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Text a reporter types in 1:1 while the group waits for their more information: most likely the
 * answer, typed in the chat rather than on the card. Offered as a new issue, or refused as no
 * command, it would leave the group waiting while the reporter thinks they have answered; instead
 * they are shown the card again to send it on. What they typed is not kept, nor repeated back.
 */
// Before the raise dialog's offer to start an issue from a described problem.
@Order(0)
@Component
class MoreInfoTyped implements FreeText {

  private final Issues issues;
  private final FollowUpCards cards;
  private final Texts texts;

  MoreInfoTyped(Issues issues, FollowUpCards cards, Texts texts) {
    this.issues = issues;
    this.cards = cards;
    this.texts = texts;
  }

  /**
   * "my issues please", "status of IF-2026-0001": the command, not an answer to show a card for.
   */
  @Override
  public boolean takesSentencesStartingWithACommand() {
    return false;
  }

  @Override
  public Optional<List<Reply>> offer(Turn turn, String text) {
    if (!turn.place().personal() || Pleasantry.of(text).isPresent()) {
      return Optional.empty();
    }
    var waiting = issues.awaitingMoreInfoFrom(turn.from().key());
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    String which =
        waiting.stream()
            .map(i -> texts.get("triage.more-info.typed-issue", i.reference(), i.title()))
            .collect(Collectors.joining(", "));
    var replies = new ArrayList<Reply>();
    replies.add(texts.reply("triage.more-info.typed", which, waiting.size()));
    waiting.forEach(i -> replies.add(Reply.card(cards.moreInfoCard(i.id()))));
    return Optional.of(replies);
  }
}
