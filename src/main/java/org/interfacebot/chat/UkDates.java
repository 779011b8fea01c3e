package org.interfacebot.chat;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Days as UK clinicians type them: 14/01/2027, 14/1/2027, 2027-01-14, 14 Jan 2027, 14 January 2027,
 * or without a year (14 January: the next such day, today included). September is Sep or Sept:
 * Java's en-GB data reads only Sept. The day of the week may come first, as the bot and calendars
 * write dates (Thursday 14 January 2027, Thu, 14 Jan), and the day may be written 14th: a day of
 * the week that is not the date's is not read.
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

  /** 1st, 2nd, 3rd, 14th: the day without its ending. */
  private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");

  private UkDates() {}

  /** The day {@code text} names, counting from {@code today} when it has no year. */
  public static Optional<LocalDate> day(String typed, LocalDate today) {
    return day(typed, today, false);
  }

  /**
   * As {@link #day(String, LocalDate)}, for a day that has been: without a year, the last such day,
   * today included (14 Jan in February is the 14 January just gone).
   */
  public static Optional<LocalDate> pastDay(String typed, LocalDate today) {
    return day(typed, today, true);
  }

  private static Optional<LocalDate> day(String typed, LocalDate today, boolean past) {
    String[] words = typed.strip().split("\\s+", 2);
    var weekday = weekday(words[0]);
    if (weekday.isPresent()) {
      return words.length < 2
          ? Optional.empty()
          : date(words[1], today, past).filter(d -> d.getDayOfWeek() == weekday.get());
    }
    return date(typed, today, past);
  }

  /** Thursday, Thu or Thurs (with a comma after it or not), in any case. */
  private static Optional<DayOfWeek> weekday(String word) {
    String name = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    return Arrays.stream(DayOfWeek.values())
        .filter(
            d -> {
              String full = d.getDisplayName(TextStyle.FULL, Locale.UK);
              return name.equalsIgnoreCase(full)
                  || name.length() >= 3
                      && full.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT));
            })
        .findFirst();
  }

  private static Optional<LocalDate> date(String typed, LocalDate today, boolean past) {
    String text = ORDINAL.matcher(SEP.matcher(typed.strip()).replaceAll("Sept")).replaceAll("$1");
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
        int year = year(day, today, past);
        // MonthDay.atYear would make 29 February 28 February in a year without one.
        return day.isValidYear(year) ? Optional.of(day.atYear(year)) : Optional.empty();
      } catch (DateTimeException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** The year of a day given without one: the next such day (or, {@code past}, the last). */
  private static int year(MonthDay day, LocalDate today, boolean past) {
    MonthDay now = MonthDay.from(today);
    if (past) {
      return day.isAfter(now) ? today.getYear() - 1 : today.getYear();
    }
    return day.isBefore(now) ? today.getYear() + 1 : today.getYear();
  }

  /** A day its month does not have: 29 February 2027, 31 April 2027, 30 February 2028. */
  public record NoSuchDay(int day, YearMonth month) {

    /** 29 February in a year that has none, the one such day that exists in other years. */
    public boolean leapDay() {
      return day == 29 && month.getMonthValue() == 2;
    }
  }

  /**
   * The day {@code typed} names when its month has no such day (31/04/2027, 31 April 2027, 29 Feb
   * when the next 29 February it would be is in 2027, Sun 29 Feb): {@link #day} reads no day there,
   * and this tells why. Without a year, the month is the next such month, today's included. A day
   * of the week before it is not checked; a day past 31 is no day at all, not this.
   */
  public static Optional<NoSuchDay> noSuchDay(String typed, LocalDate today) {
    String[] words = typed.strip().split("\\s+", 2);
    String date = weekday(words[0]).isPresent() && words.length > 1 ? words[1] : typed;
    String text = ORDINAL.matcher(SEP.matcher(date.strip()).replaceAll("Sept")).replaceAll("$1");
    for (var format : WITH_YEAR) {
      var fields = unresolved(text, format);
      if (fields.isPresent()) {
        var f = fields.get();
        return noSuchDay(
            f.getLong(ChronoField.DAY_OF_MONTH),
            f.getLong(ChronoField.MONTH_OF_YEAR),
            f.getLong(ChronoField.YEAR));
      }
    }
    for (var format : WITHOUT_YEAR) {
      var fields = unresolved(text, format);
      if (fields.isPresent()) {
        long day = fields.get().getLong(ChronoField.DAY_OF_MONTH);
        long month = fields.get().getLong(ChronoField.MONTH_OF_YEAR);
        if (month < 1 || month > 12 || day < 1) {
          return Optional.empty();
        }
        // The month's last day in a year that has it: 29 February falls in the next leap year's.
        var last = Month.of((int) month);
        var latest = MonthDay.of(last, (int) Math.min(day, last.maxLength()));
        return noSuchDay(day, month, year(latest, today, false));
      }
    }
    return Optional.empty();
  }

  private static Optional<NoSuchDay> noSuchDay(long day, long month, long year) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) {
      return Optional.empty();
    }
    var yearMonth = YearMonth.of((int) year, (int) month);
    return day > yearMonth.lengthOfMonth()
        ? Optional.of(new NoSuchDay((int) day, yearMonth))
        : Optional.empty();
  }

  /** The fields {@code format} finds in the whole of {@code text}, not yet checked as a day. */
  private static Optional<TemporalAccessor> unresolved(String text, DateTimeFormatter format) {
    var position = new ParsePosition(0);
    var fields = format.parseUnresolved(text, position);
    return fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length()
        ? Optional.of(fields)
        : Optional.empty();
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
