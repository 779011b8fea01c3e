package org.interfacebot.triage;

import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.springframework.stereotype.Component;

/** {@code status IF-2027-0042}: the issue, its status and its triage tallies. */
@Component
class StatusCommand implements ChatCommand {

  private final Issues issues;
  private final TriageCards cards;
  private final Groups groups;

  StatusCommand(Issues issues, TriageCards cards, Groups groups) {
    this.issues = issues;
    this.cards = cards;
    this.groups = groups;
  }

  @Override
  public List<String> words() {
    return List.of("status");
  }

  @Override
  public String usage() {
    return "status IF-2027-0042";
  }

  @Override
  public String summary() {
    return "show an issue, its status and its triage votes";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL, Where.CHANNEL, Where.GROUP_CHAT);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String reference = turn.rest();
    if (reference.isBlank()) {
      return List.of(
          Reply.text("Which issue? Type `status` and its reference, e.g. `status IF-2027-0042`."));
    }
    return issues
        .byReference(reference, groups.visibleFrom(turn.place()))
        .map(issue -> List.of(Reply.card(cards.statusCard(issue))))
        .orElseGet(
            () ->
                List.of(
                    Reply.text(
                        "I can't find an issue %s. References look like `IF-2027-0042`."
                            .formatted(
                                VoteAction.safe(reference.toUpperCase(java.util.Locale.ROOT))))));
  }
}
