package org.interfacebot.insights;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.Direction;
import org.interfacebot.issues.Frequency;
import org.interfacebot.issues.Impact;
import org.interfacebot.issues.Source;
import org.interfacebot.triage.TriageChoice;

/**
 * The group's issues as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), safe to
 * open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe so that it is never read as a formula.
 */
final class IssuesCsv {

  /** The bundle keys of the columns, in order. */
  static final List<String> HEADER =
      List.of(
          "insights.csv.reference",
          "insights.csv.raised",
          "insights.csv.title",
          "insights.csv.theme",
          "insights.csv.direction",
          "insights.csv.source",
          "insights.csv.impact",
          "insights.csv.frequency",
          "insights.csv.status",
          "insights.csv.status-changed",
          "insights.csv.decision",
          "insights.csv.decided",
          "insights.csv.referred-to",
          "insights.csv.raised-by",
          "insights.csv.description",
          "insights.csv.suggestion");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Period.UK);

  private IssuesCsv() {}

  static String of(List<IssueFigures.Exported> issues, Texts texts) {
    var csv = new StringBuilder();
    line(csv, HEADER.stream().map(texts::get).toList());
    for (var i : issues) {
      line(
          csv,
          List.of(
              text(i.reference()),
              when(i.raisedAt()),
              text(i.title()),
              StatsCards.categoryLabel(text(i.category()), texts),
              label(i.direction(), n -> texts.label(Direction.valueOf(n))),
              label(i.source(), n -> texts.label(Source.valueOf(n))),
              label(i.impact(), n -> texts.label(Impact.valueOf(n))),
              label(i.frequency(), n -> texts.label(Frequency.valueOf(n))),
              StatsCards.statusLabel(text(i.status()), texts),
              when(i.statusChangedAt()),
              label(i.decision(), n -> texts.label(TriageChoice.valueOf(n))),
              when(i.decidedAt()),
              text(i.referredTo()),
              text(i.reporterName()),
              text(i.description()),
              text(i.suggestion())));
    }
    return csv.toString();
  }

  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int n = 0; n < cells.size(); n++) {
      csv.append(n == 0 ? "" : ",").append(cell(cells.get(n)));
    }
    csv.append("\r\n");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  private static String label(String name, Function<String, String> label) {
    if (name == null) {
      return "";
    }
    try {
      return label.apply(name);
    } catch (IllegalArgumentException unknown) {
      return name;
    }
  }
}
