package org.interfacebot.consultations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.UkDates;
import org.springframework.stereotype.Component;

/**
 * Reads {@code <title> <link> [by <date>]}: the link https and on the board's sites, the date in
 * the forms UK clinicians write (14/01/2027, 14 Jan, 14 January 2027, 2027-01-14) and not past.
 * Answers are taken until the end of that day, UK time.
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

  SenseCheckReader(Texts texts, ConsultationSettings settings, Clock clock) {
    this.texts = texts;
    this.settings = settings;
    this.clock = clock;
  }

  record Request(String title, String link, Instant deadline) {}

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
    if (title.codePointCount(0, title.length()) > TITLE_LIMIT) {
      throw new Unreadable(texts.get("consultations.title-too-long", TITLE_LIMIT));
    }
    String url = link.group();
    checkLink(url);
    Instant deadline;
    if (after.isEmpty()) {
      deadline = clock.instant().plus(Duration.ofDays(settings.defaultDays()));
    } else {
      var by = BY.matcher(after);
      if (!by.matches()) {
        throw new Unreadable(texts.get("consultations.usage"));
      }
      deadline = deadline(by.group(1).strip());
    }
    return new Request(title, url, deadline);
  }

  private void checkLink(String link) {
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException notALink) {
      throw new Unreadable(texts.get("consultations.link-unreadable"));
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      throw new Unreadable(texts.get("consultations.link-not-https"));
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getUserInfo() != null || host.isEmpty()) {
      throw new Unreadable(texts.get("consultations.link-no-host"));
    }
    boolean allowed =
        settings.linkHosts().stream()
            .map(h -> h.toLowerCase(Locale.ROOT).strip())
            .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    if (!allowed) {
      throw new Unreadable(
          texts.get(
              "consultations.link-not-allowed", String.join(", ", settings.linkHosts()), host));
    }
  }

  private Instant deadline(String text) {
    LocalDate today = LocalDate.now(clock.withZone(UK));
    LocalDate day =
        UkDates.day(text, today)
            .orElseThrow(() -> new Unreadable(texts.get("consultations.bad-date")));
    Instant endOfDay = day.atTime(LocalTime.of(23, 59)).atZone(UK).toInstant();
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
