package org.interfacebot.chat;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Date patterns from the bundles, in UK time, with the months' short names ({@code MMM}) taken from
 * {@code chat.short-months}: Java's en-GB locale data shortens September to "Sept" beside "Aug" and
 * "Oct", and the cards and chart keep every month to the same three letters.
 */
public final class DatePatterns {

  private DatePatterns() {}

  /** The pattern under {@code key}, its {@code MMM} worded by the bundle. */
  public static DateTimeFormatter of(Texts texts, String key) {
    return of(texts.get(key), shortMonths(texts.get("chat.short-months")), texts.locale());
  }

  public static DateTimeFormatter of(String pattern, Map<Long, String> shortMonths, Locale locale) {
    var builder = new DateTimeFormatterBuilder();
    var pending = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      int run = 1;
      while (!quoted && c == 'M' && i + run < pattern.length() && pattern.charAt(i + run) == 'M') {
        run++;
      }
      if (!quoted && c == 'M' && run == 3) {
        flush(builder, pending);
        builder.appendText(ChronoField.MONTH_OF_YEAR, shortMonths);
      } else {
        pending.append(pattern, i, i + run);
      }
      i += run;
    }
    flush(builder, pending);
    return builder.toFormatter(locale).withZone(UkDates.UK);
  }

  /** Twelve names, January's first, separated by spaces or commas. */
  public static Map<Long, String> shortMonths(String names) {
    String[] each = names.strip().split("[\\s,]+");
    if (each.length != 12) {
      throw new IllegalArgumentException("chat.short-months needs twelve names");
    }
    var months = new HashMap<Long, String>();
    for (int m = 0; m < 12; m++) {
      months.put(m + 1L, each[m]);
    }
    return months;
  }

  private static void flush(DateTimeFormatterBuilder builder, StringBuilder pending) {
    if (!pending.isEmpty()) {
      builder.appendPattern(pending.toString());
      pending.setLength(0);
    }
  }
}
