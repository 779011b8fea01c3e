package org.interfacebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatePatternsTest {

  private static final Instant IN_SEPTEMBER = Instant.parse("2027-09-14T16:30:00Z");

  @Test
  void everyDateTheBotWritesWithAShortMonthWritesSepNotSept() {
    var texts = TestTexts.enGb();
    for (String key :
        new String[] {
          "triage.card.deadline-pattern",
          "governance.audit.when-pattern",
          "issues.mine.day-pattern",
          "meetings.minutes.ack-pattern"
        }) {
      assertThat(DatePatterns.of(texts, key).format(IN_SEPTEMBER))
          .as(key)
          .contains("14 Sep 2027")
          .doesNotContain("Sept");
    }
  }

  @Test
  void datesAreWrittenInUkTime() {
    assertThat(
            DatePatterns.of(TestTexts.enGb(), "governance.audit.when-pattern").format(IN_SEPTEMBER))
        .isEqualTo("14 Sep 2027, 17:30");
  }
}
