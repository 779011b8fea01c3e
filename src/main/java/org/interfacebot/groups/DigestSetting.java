package org.interfacebot.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * When the group's weekly digest is posted in its channel (UK time), or that it is off. New groups
 * get it on Monday mornings.
 */
public record DigestSetting(boolean on, DayOfWeek day, LocalTime time) {

  public static final DigestSetting DEFAULT =
      new DigestSetting(true, DayOfWeek.MONDAY, LocalTime.of(9, 0));

  public DigestSetting {
    if (day == null || time == null) {
      throw new IllegalArgumentException("A digest setting needs a day and a time");
    }
    time = time.withSecond(0).withNano(0);
  }

  public DigestSetting off() {
    return new DigestSetting(false, day, time);
  }
}
