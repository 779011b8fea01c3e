package org.interfacebot.insights;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest card: issues raised since the last digest, votes closing before the next one
 * and outcomes recorded at meetings since the last one. A week with none of these gets no card.
 */
@Service
public class DigestCards {

  record Section(String title, List<String> lines) {}

  record DigestCard(String heading, String since, List<Section> sections, String footer) {}

  private final Digests digests;
  private final IssueFigures figures;
  private final Groups groups;
  private final CardCatalogue cards;
  private final Texts texts;

  DigestCards(
      Digests digests, IssueFigures figures, Groups groups, CardCatalogue cards, Texts texts) {
    this.digests = digests;
    this.figures = figures;
    this.groups = groups;
    this.cards = cards;
    this.texts = texts;
  }

  /**
   * The card for a recorded digest, or empty when there is nothing to tell (or the digest and its
   * group are gone).
   */
  @Transactional(readOnly = true)
  public Optional<JsonNode> card(long digestId) {
    var digest = digests.byId(digestId);
    var group = digest.flatMap(d -> groups.byId(d.groupId()));
    if (group.isEmpty()) {
      return Optional.empty();
    }
    return card(digest.get(), group.get());
  }

  private Optional<JsonNode> card(Digests.Recorded digest, GroupInfo group) {
    long id = group.id();
    var raised = figures.raised(id, digest.since(), digest.dueAt());
    var closing = figures.votesClosing(id, digest.dueAt(), digest.dueAt().plus(Duration.ofDays(7)));
    var outcomes = figures.outcomes(id, digest.since(), digest.dueAt());
    if (raised.isEmpty() && closing.isEmpty() && outcomes.isEmpty()) {
      return Optional.empty();
    }
    var sections =
        List.of(
            new Section(
                texts.get("insights.digest.new-issues", Integer.toString(raised.size())),
                lines(
                    raised.stream()
                        .map(
                            l ->
                                texts.get(
                                    "insights.digest.issue",
                                    l.reference(),
                                    l.title(),
                                    StatsCards.categoryLabel(l.kind(), texts)))
                        .toList())),
            new Section(
                texts.get("insights.digest.closing", Integer.toString(closing.size())),
                lines(
                    closing.stream()
                        .map(
                            l ->
                                texts.get(
                                    "insights.digest.closing-line",
                                    l.reference(),
                                    l.title(),
                                    pattern("insights.digest.closes-pattern").format(l.at())))
                        .toList())),
            new Section(
                texts.get("insights.digest.outcomes", Integer.toString(outcomes.size())),
                lines(
                    outcomes.stream()
                        .map(
                            l ->
                                texts.get(
                                    "insights.digest.outcome-line",
                                    l.reference(),
                                    l.title(),
                                    StatsCards.statusLabel(l.kind(), texts),
                                    l.text()))
                        .toList())));
    return Optional.of(
        cards.render(
            "insights-digest",
            new DigestCard(
                texts.get("insights.digest.heading", group.name()),
                texts.get(
                    "insights.digest.since",
                    pattern("insights.digest.since-pattern").format(digest.since())),
                sections,
                texts.get("insights.digest.footer"))));
  }

  private DateTimeFormatter pattern(String key) {
    return DatePatterns.of(texts, key);
  }

  private List<String> lines(List<String> lines) {
    return lines.isEmpty() ? List.of(texts.get("insights.digest.none")) : lines;
  }
}
