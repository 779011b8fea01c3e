package org.interfacebot.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code settings digest …}: {@code off}, {@code on}, a day ({@code monday}, {@code mondays}
 * or {@code mon}) with an optional 24-hour time ({@code 09:00}, {@code 9:00}); a day alone means
 * the usual time, {@link DigestSetting#DEFAULT}'s, whatever the time was. Anything else is empty.
 */
final class DigestChange {

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  private DigestChange() {}

  static Optional<DigestSetting> apply(DigestSetting current, String value) {
    String[] words = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length == 1 && words[0].equals("off")) {
      return Optional.of(current.off());
    }
    if (words.length == 1 && words[0].equals("on")) {
      return Optional.of(new DigestSetting(true, current.day(), current.time()));
    }
    if (words.length > 2) {
      return Optional.empty();
    }
    Optional<DayOfWeek> day = day(words[0]);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    if (words.length == 1) {
      return Optional.of(new DigestSetting(true, day.get(), DigestSetting.DEFAULT.time()));
    }
    var time = TIME.matcher(words[1]);
    if (!time.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new DigestSetting(
            true,
            day.get(),
            LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)))));
  }

  /** Whether {@code value} names a day without a time ({@code settings digest monday}). */
  static boolean dayAlone(String value) {
    String[] words = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 1 && day(words[0]).isPresent();
  }

  private static Optional<DayOfWeek> day(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (word.equals(name) || word.equals(name + "s") || word.equals(name.substring(0, 3))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }
}
