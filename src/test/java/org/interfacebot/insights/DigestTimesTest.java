package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.interfacebot.groups.DigestSetting;
import org.junit.jupiter.api.Test;

class DigestTimesTest {

  private static final DigestSetting MONDAY_9 =
      new DigestSetting(true, DayOfWeek.MONDAY, LocalTime.of(9, 0));

  @Test
  void theLatestDueTimeIsThisWeeksOnceItHasPassedElseLastWeeks() {
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-11-30T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-11-30T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-11-30T08:59:00Z")))
        .isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-12-03T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
  }

  @Test
  void nineOClockIsUkTimeInSummerToo() {
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-06-01T08:30:00Z")))
        .isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
    // The Monday after the clocks go forward (29 March 2026): 09:00 BST is 08:00 UTC.
    assertThat(DigestTimes.latest(MONDAY_9, Instant.parse("2026-04-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }
}
