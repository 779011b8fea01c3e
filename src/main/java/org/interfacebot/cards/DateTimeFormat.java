package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/** formatDateTime: a timestamp read as UTC when it has no offset, printed with C# patterns. */
final class DateTimeFormat {

  private static final String DEFAULT_FORMAT = "yyyy-MM-ddTHH:mm:ss.fffZ";

  private DateTimeFormat() {}

  static JsonNode formatDateTime(JsonNode[] v, Expr[] a) {
    JsonNode value = v[0];
    if (value == null || !value.isTextual()) {
      throw new EvaluationError(a[0] + " is not a valid timestamp.");
    }
    ZonedDateTime time = parse(value.textValue());
    String format = DEFAULT_FORMAT;
    if (v.length >= 2 && v[1] != null && v[1].isTextual() && !v[1].textValue().isEmpty()) {
      format = v[1].textValue();
    }
    return Values.text(format(time, format));
  }

  static ZonedDateTime parse(String text) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the other shapes below
    }
    try {
      return Instant.parse(text).atZone(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the other shapes below
    }
    try {
      return LocalDateTime.parse(text).atZone(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the other shapes below
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new EvaluationError(text + " is not a valid timestamp.");
    }
  }

  static String format(ZonedDateTime time, String pattern) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (c == '\'' || c == '"') {
        int close = pattern.indexOf(c, i + 1);
        int end = close < 0 ? pattern.length() : close;
        out.append(pattern, i + 1, end);
        i = end + 1;
        continue;
      }
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(pattern.charAt(i + 1));
        i += 2;
        continue;
      }
      out.append(field(time, c, run));
      i += run;
    }
    return out.toString();
  }

  private static String field(ZonedDateTime t, char c, int run) {
    switch (c) {
      case 'y':
        return run == 2 ? pad(t.getYear() % 100, 2) : pad(t.getYear(), Math.max(run, 1));
      case 'M':
        if (run >= 4) {
          return t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        }
        return run == 3
            ? t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US)
            : pad(t.getMonthValue(), run);
      case 'd':
        if (run >= 4) {
          return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        }
        return run == 3
            ? t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US)
            : pad(t.getDayOfMonth(), run);
      case 'H':
        return pad(t.getHour(), run);
      case 'h':
        return pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, run);
      case 'm':
        return pad(t.getMinute(), run);
      case 's':
        return pad(t.getSecond(), run);
      case 'f':
      case 'F':
        return pad(t.getNano() / 1_000_000, 3).substring(0, Math.min(run, 3));
      case 't':
        String marker = t.getHour() < 12 ? "AM" : "PM";
        return run == 1 ? marker.substring(0, 1) : marker;
      case 'Z':
        return "Z";
      default:
        return String.valueOf(c).repeat(run);
    }
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
