package org.interfacebot.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.interfacebot.issues.References;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code status IF-2027-0042}: the issue, its status and its triage tallies. */
// First in help: what most people come for.
@Order(3)
@Component
class StatusCommand implements ChatCommand {

  private final Issues issues;
  private final TriageCards cards;
  private final Groups groups;
  private final Members members;
  private final Texts texts;

  StatusCommand(Issues issues, TriageCards cards, Groups groups, Members members, Texts texts) {
    this.texts = texts;
    this.issues = issues;
    this.cards = cards;
    this.groups = groups;
    this.members = members;
  }

  @Override
  public List<String> words() {
    return List.of("status");
  }

  @Override
  public String usage() {
    return texts.get("triage.status.usage");
  }

  @Override
  public String summary() {
    return texts.get("triage.status.summary");
  }

  @Override
  public Set<Where> where() {
    // Not in a group chat: it may hold people outside the group, who would see the issue and,
    // where the reporter let the group see it, their name.
    return Set.of(Where.PERSONAL, Where.CHANNEL);
  }

  @Override
  public boolean isExactly(String text) {
    if (ChatCommand.super.isExactly(text) || References.command(text, words(), false)) {
      return true;
    }
    String[] typed = text == null ? new String[0] : text.strip().split("\\s+", 2);
    return typed.length == 2
        && words().contains(typed[0].toLowerCase(Locale.ROOT))
        && referenceIn(typed[1]).isPresent();
  }

  /**
   * {@code status of referrals is never shared with the practice} describes a problem; {@code
   * status IF-2027-0042}, {@code status of IF-2027-0042} and a mistyped reference ({@code status
   * 42}, {@code status abc}) do not.
   */
  @Override
  public boolean mayBeASentence(String text) {
    String[] typed = text.strip().split("\\s+");
    return typed.length > 2
        && !typed[1].matches(".*\\d.*")
        && referenceIn(text.strip().split("\\s+", 2)[1]).isEmpty();
  }

  /**
   * The reference asked about, alone or with a word or two around it as people write it ({@code of
   * IF-2027-0042}, {@code IF-2027-0042 please}): the one word shaped as a reference among at most
   * three.
   */
  static Optional<String> referenceIn(String rest) {
    String[] words = rest.strip().split("\\s+");
    if (words.length > 3) {
      return Optional.empty();
    }
    List<String> references =
        Arrays.stream(words).map(References::shaped).flatMap(Optional::stream).toList();
    return references.size() == 1 ? Optional.of(references.get(0)) : Optional.empty();
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String reference = referenceIn(turn.rest()).orElse(turn.rest());
    if (reference.isBlank()) {
      return List.of(texts.reply("triage.status.which"));
    }
    String me = turn.from().key();
    // Everyone in the channel reads the reply: it is the view they share (no one's vote, results
    // as the group shows them to all), not the asker's own, which only 1:1 shows.
    boolean inChannel = turn.place().teamId() != null;
    // Reading harms nothing: where two of the groups seen from here (1:1) each have an issue with
    // the reference, every one the person may read is shown, rather than none.
    List<Reply> cardsShown =
        issues.allByReference(reference, groups.visibleFrom(turn.place())).stream()
            .filter(issue -> inChannel || mayRead(issue, me))
            .map(issue -> Reply.card(cards.statusCard(issue, inChannel ? null : turn.from())))
            .toList();
    if (!cardsShown.isEmpty()) {
      return cardsShown;
    }
    return List.of(
        References.shaped(reference)
            .map(shaped -> texts.reply("triage.status.not-found", shaped))
            .orElseGet(() -> texts.reply("triage.status.not-a-reference")));
  }

  /** Outside the group's team, members see any issue; other clinicians only their own. */
  private boolean mayRead(IssueSummary issue, String person) {
    return issue.reporterKey().equals(person) || members.isMember(issue.groupId(), person);
  }
}
