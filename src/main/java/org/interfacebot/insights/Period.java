package org.interfacebot.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar months a {@code stats} answer covers, in UK time: {@code this month}, {@code last
 * month} (the whole of the month before this one), {@code last N months} (this month and the N-1
 * before it, N from 1 to 36; the default is 3), a year ({@code 2026}) or {@code all}. {@code code}
 * is how a chart link names it ({@code m1}, {@code pm}, {@code m3}, {@code y2026}, {@code all}).
 */
record Period(String code, YearMonth firstMonth, YearMonth lastMonth, boolean all) {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Pattern LAST_MONTHS = Pattern.compile("last (\\d{1,2}) months?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int EARLIEST_YEAR = 2000;
  static final String LAST_MONTH = "pm";

  /** Reads what a person typed after {@code stats}, or a link's code; empty when not understood. */
  static Optional<Period> parse(String text, Instant now) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    YearMonth thisMonth = YearMonth.from(now.atZone(UK));
    if (wanted.isEmpty()) {
      return Optional.of(lastMonths(3, thisMonth));
    }
    if (wanted.equals("this month")) {
      return Optional.of(lastMonths(1, thisMonth));
    }
    if (wanted.equals("last month") || wanted.equals(LAST_MONTH)) {
      YearMonth previous = thisMonth.minusMonths(1);
      return Optional.of(new Period(LAST_MONTH, previous, previous, false));
    }
    if (wanted.equals("all")) {
      return Optional.of(new Period("all", null, thisMonth, true));
    }
    var last = LAST_MONTHS.matcher(wanted);
    if (last.matches()) {
      int n = Integer.parseInt(last.group(1));
      return n >= 1 && n <= 36 ? Optional.of(lastMonths(n, thisMonth)) : Optional.empty();
    }
    var code = wanted.startsWith("m") ? wanted.substring(1) : null;
    if (code != null && code.matches("\\d{1,2}")) {
      return parse("last " + code + " months", now);
    }
    String year = wanted.startsWith("y") ? wanted.substring(1) : wanted;
    if (YEAR.matcher(year).matches()) {
      int y = Integer.parseInt(year);
      if (y >= EARLIEST_YEAR && y <= thisMonth.getYear()) {
        YearMonth lastOfYear = y == thisMonth.getYear() ? thisMonth : YearMonth.of(y, 12);
        return Optional.of(new Period("y" + y, YearMonth.of(y, 1), lastOfYear, false));
      }
    }
    return Optional.empty();
  }

  private static Period lastMonths(int n, YearMonth thisMonth) {
    return new Period("m" + n, thisMonth.minusMonths(n - 1L), thisMonth, false);
  }

  /** Start of the period (inclusive), or null for all time. */
  Instant from() {
    return all ? null : firstMonth.atDay(1).atStartOfDay(UK).toInstant();
  }

  /** End of the period (exclusive). */
  Instant until() {
    return lastMonth.plusMonths(1).atDay(1).atStartOfDay(UK).toInstant();
  }

  /** The month an instant falls in, UK time. */
  static YearMonth monthOf(Instant at) {
    return YearMonth.from(at.atZone(UK));
  }

  static LocalDate dayOf(Instant at) {
    return LocalDate.from(at.atZone(UK));
  }
}
