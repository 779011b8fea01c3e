package org.interfacebot.insights;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one period: issues raised, counted by theme, status and month, the median time
 * from raising an issue to the triage decision (of the issues decided so far), and how many are
 * still at triage (their vote open, or closed without a decision and awaiting the chairs).
 */
record Stats(
    int raised,
    int decided,
    int stillOpen,
    Map<String, Integer> byCategory,
    Map<String, Integer> byStatus,
    Map<YearMonth, Integer> byMonth,
    Optional<Duration> medianToDecision) {

  static Stats of(Period period, List<IssueFigures.Counted> issues, YearMonth thisMonth) {
    var months = new TreeMap<YearMonth, Integer>();
    YearMonth first =
        period.all()
            ? issues.stream()
                .map(i -> Period.monthOf(i.raisedAt()))
                .min(Comparator.naturalOrder())
                .orElse(thisMonth)
            : period.firstMonth();
    for (YearMonth m = first; !m.isAfter(period.lastMonth()); m = m.plusMonths(1)) {
      months.put(m, 0);
    }
    issues.forEach(i -> months.merge(Period.monthOf(i.raisedAt()), 1, Integer::sum));
    var durations =
        issues.stream()
            .filter(i -> i.decidedAt() != null)
            .map(i -> Duration.between(i.raisedAt(), i.decidedAt()))
            .sorted()
            .toList();
    return new Stats(
        issues.size(),
        durations.size(),
        (int) issues.stream().filter(IssueFigures.Counted::triageOpen).count(),
        countBy(issues, IssueFigures.Counted::category),
        countBy(issues, IssueFigures.Counted::status),
        months,
        median(durations));
  }

  static Optional<Duration> median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return Optional.of(sorted.get(middle));
    }
    return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
  }

  /** Counts, most first, ties in name order. */
  private static Map<String, Integer> countBy(
      List<IssueFigures.Counted> issues, Function<IssueFigures.Counted, String> key) {
    Map<String, Integer> counts =
        issues.stream()
            .map(key)
            .filter(Objects::nonNull)
            .collect(Collectors.toMap(k -> k, k -> 1, Integer::sum));
    var sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    var ordered = new LinkedHashMap<String, Integer>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
