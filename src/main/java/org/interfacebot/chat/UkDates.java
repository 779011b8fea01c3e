package org.interfacebot.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Days as UK clinicians type them: 14/01/2027, 14/1/2027, 2027-01-14, 14 Jan 2027, 14 January 2027,
 * or without a year (14 January: the next such day, today included). September is Sep or Sept:
 * Java's en-GB data reads only Sept.
 */
public final class UkDates {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final List<DateTimeFormatter> WITH_YEAR =
      List.of(
          strict("dd/MM/uuuu"),
          strict("d/M/uuuu"),
          strict("uuuu-MM-dd"),
          strict("d MMM uuuu"),
          strict("d MMMM uuuu"));
  private static final List<DateTimeFormatter> WITHOUT_YEAR =
      List.of(strict("d MMM"), strict("d MMMM"));

  private static final Pattern SEP = Pattern.compile("(?i)\\bsep\\b");

  private UkDates() {}

  /** The day {@code text} names, counting from {@code today} when it has no year. */
  public static Optional<LocalDate> day(String typed, LocalDate today) {
    String text = SEP.matcher(typed).replaceAll("Sept");
    for (var format : WITH_YEAR) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeException notThisForm) {
        // try the next form
      }
    }
    for (var format : WITHOUT_YEAR) {
      try {
        MonthDay day = MonthDay.parse(text, format);
        LocalDate thisYear = day.atYear(today.getYear());
        return Optional.of(thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear);
      } catch (DateTimeException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
