package org.interfacebot.consultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.UkDates;
import org.interfacebot.privacy.LinkGuard;
import org.springframework.stereotype.Component;

/**
 * Reads {@code <title> <link> [by <date>]}: the link as {@link LinkGuard} allows it (on the board's
 * sites), the date in the forms UK clinicians write (14/01/2027, 14 Jan, 14 January 2027,
 * 2027-01-14) and not past. Answers are taken until the end of that day, UK time; without a date,
 * until the end of the day {@code defaultDays} ahead.
 */
@Component
class SenseCheckReader {

  static final ZoneId UK = UkDates.UK;
  private static final Pattern LINK = Pattern.compile("(?i)(?<=^|\\s)[a-z][a-z0-9+.-]*://\\S+");
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+(.+)$");
  static final int TITLE_LIMIT = 200;

  private final Texts texts;
  private final ConsultationSettings settings;
  private final Clock clock;
  private final LinkGuard links;

  SenseCheckReader(Texts texts, ConsultationSettings settings, Clock clock, LinkGuard links) {
    this.texts = texts;
    this.settings = settings;
    this.clock = clock;
    this.links = links;
  }

  /** {@code defaulted}: the chair gave no date, so the deadline is the default one. */
  record Request(String title, String link, Instant deadline, boolean defaulted) {}

  /** Thrown with the reason, for the chair; nothing has been stored. */
  static class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }

  Request read(String text) {
    var link = LINK.matcher(text);
    if (!link.find()) {
      throw new Unreadable(texts.get("consultations.usage"));
    }
    String title = text.substring(0, link.start()).strip();
    String after = text.substring(link.end()).strip();
    if (title.isEmpty()) {
      throw new Unreadable(texts.get("consultations.no-title"));
    }
    if (title.length() > TITLE_LIMIT) {
      throw new Unreadable(texts.get("consultations.title-too-long", TITLE_LIMIT));
    }
    String url = link.group();
    links
        .problem(url, settings.linkHosts(), texts)
        .ifPresent(
            problem -> {
              throw new Unreadable(problem);
            });
    if (after.isEmpty()) {
      return new Request(title, url, endOf(today().plusDays(settings.defaultDays())), true);
    }
    var by = BY.matcher(after);
    if (!by.matches()) {
      throw new Unreadable(texts.get("consultations.usage"));
    }
    return new Request(title, url, deadline(by.group(1).strip()), false);
  }

  private LocalDate today() {
    return clock.instant().atZone(UK).toLocalDate();
  }

  /** Answers are taken until the end of the day, UK time, whether the chair gave it or not. */
  private static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59)).atZone(UK).toInstant();
  }

  private Instant deadline(String text) {
    LocalDate day =
        UkDates.day(text, today())
            .orElseThrow(() -> new Unreadable(texts.get("consultations.bad-date")));
    Instant endOfDay = endOf(day);
    if (!endOfDay.isAfter(clock.instant())) {
      throw new Unreadable(texts.get("consultations.past-date"));
    }
    return endOfDay;
  }

  static String show(Instant when, Texts texts) {
    return DateTimeFormatter.ofPattern(texts.get("consultations.date-pattern"), texts.locale())
        .format(when.atZone(UK));
  }
}
