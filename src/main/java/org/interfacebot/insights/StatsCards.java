package org.interfacebot.insights;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.issues.Category;
import org.interfacebot.issues.IssueStatus;
import org.springframework.stereotype.Component;

/** The statistics card and its chart picture, for a group and a period. */
@Component
class StatsCards {

  static final String CHART_PATH = "/insights/chart.png";

  record Fact(String title, String value) {}

  record StatsCard(
      String heading,
      String periodText,
      List<Fact> totals,
      String chartUrl,
      String chartAlt,
      String byCategoryTitle,
      List<Fact> byCategory,
      String byStatusTitle,
      List<Fact> byStatus,
      String byMonthTitle,
      List<Fact> byMonth) {}

  private final IssueFigures figures;
  private final StatsChart chart;
  private final SignedLinks links;
  private final CardCatalogue cards;
  private final Texts texts;
  private final InsightsProperties properties;
  private final Clock clock;

  StatsCards(
      IssueFigures figures,
      StatsChart chart,
      SignedLinks links,
      CardCatalogue cards,
      Texts texts,
      InsightsProperties properties,
      Clock clock) {
    this.figures = figures;
    this.chart = chart;
    this.links = links;
    this.cards = cards;
    this.texts = texts;
    this.properties = properties;
    this.clock = clock;
  }

  Stats stats(long groupId, Period period) {
    return Stats.of(
        period,
        figures.counted(groupId, period.from(), period.until()),
        Period.monthOf(clock.instant()));
  }

  JsonNode card(GroupInfo group, Period period) {
    Instant now = clock.instant();
    Stats stats = stats(group.id(), period);
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("g", Long.toString(group.id()));
    parameters.put("p", period.code());
    parameters.put("at", Long.toString(now.getEpochSecond()));
    String chartUrl = links.link(CHART_PATH, parameters, properties.chartLinkValidFor());
    return cards.render(
        "insights-stats",
        new StatsCard(
            texts.get("insights.stats.heading", group.name()),
            describe(period),
            List.of(
                new Fact(texts.get("insights.stats.raised"), Integer.toString(stats.raised())),
                new Fact(texts.get("insights.stats.decided"), Integer.toString(stats.decided())),
                new Fact(
                    texts.get("insights.stats.still-open"), Integer.toString(stats.stillOpen())),
                new Fact(
                    texts.get("insights.stats.median"),
                    stats
                        .medianToDecision()
                        .map(this::duration)
                        .orElse(texts.get("insights.stats.median.none")))),
            chartUrl,
            texts.get("insights.stats.chart-alt"),
            texts.get("insights.stats.by-category"),
            facts(stats.byCategory(), n -> categoryLabel(n, texts)),
            texts.get("insights.stats.by-status"),
            facts(stats.byStatus(), n -> statusLabel(n, texts)),
            texts.get("insights.stats.by-month"),
            stats.byMonth().entrySet().stream()
                .map(e -> new Fact(shortMonth().format(e.getKey()), e.getValue().toString()))
                .toList()));
  }

  byte[] chart(long groupId, Period period) {
    return chart.png(
        texts.get("insights.stats.chart-title"),
        texts.get("insights.stats.chart-series"),
        stats(groupId, period),
        shortMonth()::format);
  }

  private String describe(Period period) {
    if (period.all()) {
      return texts.get("insights.stats.period.all");
    }
    if (period.code().startsWith("y")) {
      return texts.get(
          "insights.stats.period.year", Integer.toString(period.firstMonth().getYear()));
    }
    if (period.code().equals(Period.LAST_MONTH)) {
      return texts.get("insights.stats.period.last-month", longMonth().format(period.lastMonth()));
    }
    if (period.firstMonth().equals(period.lastMonth())) {
      return texts.get("insights.stats.period.month", longMonth().format(period.lastMonth()));
    }
    return texts.get(
        "insights.stats.period.months",
        period.code().substring(1),
        longMonth().format(period.firstMonth()),
        longMonth().format(period.lastMonth()));
  }

  private String duration(Duration d) {
    if (d.compareTo(Duration.ofHours(1)) < 0) {
      return texts.get("insights.stats.median.under-an-hour");
    }
    if (d.compareTo(Duration.ofDays(1)) < 0) {
      return texts.get("insights.stats.median.hours", d.toHours());
    }
    var days =
        BigDecimal.valueOf(d.toMinutes())
            .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
    return texts.get("insights.stats.median.days", days);
  }

  private static List<Fact> facts(Map<String, Integer> counts, Function<String, String> label) {
    return counts.entrySet().stream()
        .map(e -> new Fact(label.apply(e.getKey()), e.getValue().toString()))
        .toList();
  }

  static String categoryLabel(String name, Texts texts) {
    try {
      return texts.label(Category.valueOf(name));
    } catch (IllegalArgumentException unknown) {
      return name;
    }
  }

  private DateTimeFormatter shortMonth() {
    return DatePatterns.of(texts, "insights.stats.short-month-pattern");
  }

  private DateTimeFormatter longMonth() {
    return DatePatterns.of(texts, "insights.stats.month-pattern");
  }

  static String statusLabel(String name, Texts texts) {
    try {
      return texts.label(IssueStatus.valueOf(name));
    } catch (IllegalArgumentException unknown) {
      return name;
    }
  }
}
