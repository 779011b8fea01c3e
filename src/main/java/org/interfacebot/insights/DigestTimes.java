package org.interfacebot.insights;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.interfacebot.groups.DigestSetting;

/** When a weekly digest falls due, in UK time (so 09:00 stays 09:00 across clock changes). */
final class DigestTimes {

  private DigestTimes() {}

  /** The latest due time at or before {@code now}. */
  static Instant latest(DigestSetting setting, Instant now) {
    ZonedDateTime here = now.atZone(Period.UK);
    ZonedDateTime due =
        here.with(TemporalAdjusters.previousOrSame(setting.day()))
            .toLocalDate()
            .atTime(setting.time())
            .atZone(Period.UK);
    if (due.toInstant().isAfter(now)) {
      due = due.minusWeeks(1).toLocalDate().atTime(setting.time()).atZone(Period.UK);
    }
    return due.toInstant();
  }
}
