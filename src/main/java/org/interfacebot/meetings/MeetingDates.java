package org.interfacebot.meetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.interfacebot.chat.UkDates;

/**
 * Reads meeting dates the way UK clinicians write them: 14/01/2027, 14 Jan, 14 January 2027,
 * 2027-01-14, with an optional "at 13:00" or "at 2pm". Anything else, and any date in the past, is
 * refused with the forms that work.
 */
final class MeetingDates {

  static final ZoneId UK = UkDates.UK;
  static final LocalTime DEFAULT_TIME = LocalTime.of(13, 0);

  /** at 13:00, at 13.00, at 2pm, at 2 pm, at 9:30am, at 9.30 a.m.: minutes, am/pm or both. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)\\s+at\\s+(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?(?!\\w)");

  /** "at" and a digit right after the date that is not a time: a slip, not a place. */
  private static final Pattern NOT_A_TIME = Pattern.compile("(?i)at\\s+\\d");

  private static final String UNREADABLE_TIME = "meetings.date.unreadable-time";

  private static final String UNREADABLE = "meetings.date.unreadable";

  /** Today, without a time, after {@link #DEFAULT_TIME}: {@code when} is today at that time. */
  static final String NO_TIME_TODAY = "meetings.date.no-time-today";

  private MeetingDates() {}

  /**
   * A date and the text after it (the place), or the bundle key of a refusal; {@code timeGiven} is
   * false when {@code when} has the default time. With {@link #NO_TIME_TODAY} the date and place
   * are read too. {@code args} fill in the refusal of a day or a time the calendar does not have (a
   * {@link LocalDate} is written as Sunday 28 March 2027).
   */
  record Read(
      ZonedDateTime when, String rest, String problem, boolean timeGiven, List<Object> args) {

    Read(ZonedDateTime when, String rest, String problem, boolean timeGiven) {
      this(when, rest, problem, timeGiven, List.of());
    }

    Read(ZonedDateTime when, String rest, String problem) {
      this(when, rest, problem, false);
    }

    /** A refusal that names a day or a time the calendar does not have. */
    static Read noSuch(String problem, Object... args) {
      return new Read(null, "", problem, false, List.of(args));
    }

    /** Whether a date was found, even one refused (in the past, or a time that does not exist). */
    boolean readable() {
      return !UNREADABLE.equals(problem);
    }

    /** Today with no time given, after the default time: set only if the day's meeting has one. */
    boolean noTimeToday() {
      return NO_TIME_TODAY.equals(problem);
    }

    /** The same date and place, taken as they are. */
    Read accepted() {
      return new Read(when, rest, null, timeGiven);
    }
  }

  /** The refusal as the person reads it: what was wrong, and the forms that work. */
  static String refusal(Read read, org.interfacebot.chat.Texts texts) {
    var day =
        DateTimeFormatter.ofPattern(texts.get("meetings.date.day-name-pattern"), texts.locale());
    Object[] args =
        read.args().stream().map(a -> a instanceof LocalDate d ? day.format(d) : a).toArray();
    String problem = texts.get(read.problem(), args);
    // A day or a time the calendar does not have was written in a form that works.
    return read.args().isEmpty() ? problem + " " + texts.get("meetings.date.forms") : problem;
  }

  static Read read(String text, ZonedDateTime now) {
    String t = text.strip();
    LocalTime time = DEFAULT_TIME;
    var timeMatch = TIME.matcher(t);
    String afterTime = "";
    boolean timeGiven = false;
    while (!timeGiven && timeMatch.find()) {
      // "at 4" alone could be a house number: a time has minutes, am/pm or both.
      timeGiven = timeMatch.group(2) != null || timeMatch.group(3) != null;
    }
    if (timeGiven) {
      try {
        time = time(timeMatch.group(1), timeMatch.group(2), timeMatch.group(3));
      } catch (DateTimeException badTime) {
        return new Read(null, "", "meetings.date.no-such-time");
      }
      afterTime = t.substring(timeMatch.end()).strip();
      t = t.substring(0, timeMatch.start()).strip();
    }
    // Up to four words: Thursday 14 January 2027.
    for (int words = Math.min(4, t.split("\\s+").length); words >= 1; words--) {
      String[] parts = t.split("\\s+", words + 1);
      String candidate = String.join(" ", java.util.Arrays.copyOf(parts, words));
      String rest = parts.length > words ? parts[words] : "";
      var date = UkDates.day(candidate, now.toLocalDate());
      var noSuchDay = UkDates.noSuchDay(candidate, now.toLocalDate());
      if (noSuchDay.isPresent()) {
        // Not 28 February or 1 May (nor "29 February" and a place "2027"): no such day.
        return noSuch(noSuchDay.get());
      }
      if (date.isPresent()) {
        var when = ZonedDateTime.of(date.get(), time, UK);
        // Today without a time, once the default time has passed: the day is right, the time is
        // missing, and a day's meeting still to come may have one.
        boolean todayUntimed = !timeGiven && date.get().equals(now.toLocalDate());
        if (!when.isAfter(now) && !todayUntimed) {
          // Today at a time gone by: the date is right, the time has passed.
          boolean today = date.get().equals(now.toLocalDate());
          return new Read(null, "", today ? "meetings.date.time-past" : "meetings.date.past");
        }
        var gap = UK.getRules().getTransition(date.get().atTime(time));
        if (gap != null && gap.isGap()) {
          // ZonedDateTime.of moves a time in the spring gap an hour on: 01:30 would be 02:30. The
          // autumn overlap (01:30 twice) keeps the earlier 01:30, British Summer Time.
          return Read.noSuch(
              "meetings.date.clocks-go-forward",
              time.toString(),
              date.get(),
              gap.getDateTimeBefore().toLocalTime().toString());
        }
        if (!timeGiven && NOT_A_TIME.matcher(rest).lookingAt()) {
          return new Read(null, "", UNREADABLE_TIME);
        }
        String place = (rest + " " + afterTime).strip();
        return new Read(when, place, when.isAfter(now) ? null : NO_TIME_TODAY, timeGiven);
      }
    }
    return new Read(null, "", UNREADABLE);
  }

  /** 13:00, or 2pm and 9:30am on the 12-hour clock (12am is midnight, 12pm noon). */
  private static LocalTime time(String hours, String minutes, String amOrPm) {
    int hour = Integer.parseInt(hours);
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (amOrPm != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("not an hour on the 12-hour clock");
      }
      hour = hour % 12 + (amOrPm.equalsIgnoreCase("p") ? 12 : 0);
    }
    return LocalTime.of(hour, minute);
  }

  /** A day that has been (or is today), for finding a past meeting: 14 Jan means the last one. */
  static Optional<LocalDate> pastDay(String text, LocalDate today) {
    return UkDates.pastDay(text.strip(), today);
  }

  /** When a meeting is, as people read it: Thursday 14 January 2027 at 13:00. */
  static String show(ZonedDateTime when, org.interfacebot.chat.Texts texts) {
    return DateTimeFormatter.ofPattern(texts.get("meetings.date.pattern"), texts.locale())
        .format(when);
  }

  private static Read noSuch(UkDates.NoSuchDay day) {
    String year = String.valueOf(day.month().getYear());
    if (day.leapDay()) {
      return Read.noSuch("meetings.date.no-leap-day", year);
    }
    String month = day.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    return Read.noSuch(
        "meetings.date.no-such-day",
        String.valueOf(day.day()),
        month,
        year,
        String.valueOf(day.month().lengthOfMonth()));
  }
}
