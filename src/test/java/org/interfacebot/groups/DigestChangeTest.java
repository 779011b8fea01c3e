package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestChangeTest {

  @Test
  void readsADayWithAnOptionalTimeAndOnOrOff() {
    var current = DigestSetting.DEFAULT;
    assertThat(DigestChange.apply(current, "friday 14:30"))
        .contains(new DigestSetting(true, DayOfWeek.FRIDAY, LocalTime.of(14, 30)));
    assertThat(DigestChange.apply(current, "Tue 7:05"))
        .contains(new DigestSetting(true, DayOfWeek.TUESDAY, LocalTime.of(7, 5)));
    assertThat(DigestChange.apply(current, "wednesday"))
        .contains(new DigestSetting(true, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0)));
    var fridayAfternoon = new DigestSetting(true, DayOfWeek.FRIDAY, LocalTime.of(14, 30));
    assertThat(DigestChange.apply(fridayAfternoon, "Mondays"))
        .as("a day alone means the usual time")
        .contains(new DigestSetting(true, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    assertThat(DigestChange.dayAlone(" thursday ")).isTrue();
    assertThat(DigestChange.dayAlone("thursday 10:00")).isFalse();
    assertThat(DigestChange.apply(current, "off")).contains(current.off());
    assertThat(DigestChange.apply(current.off(), "on")).contains(current);
  }

  @Test
  void anythingElseIsEmpty() {
    for (String bad :
        List.of("", "someday", "monday 24:00", "monday 9", "monday 09:60", "mo 09:00", "on off")) {
      assertThat(DigestChange.apply(DigestSetting.DEFAULT, bad)).as(bad).isEmpty();
    }
  }
}
