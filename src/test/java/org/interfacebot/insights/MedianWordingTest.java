package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Test;

/** The stats card's median reads as English: "1 hour", "1 day", never "1 hours". */
class MedianWordingTest {

  private final org.interfacebot.chat.Texts texts = TestTexts.enGb();

  @Test
  void oneHourAndOneDayAreSingular() {
    assertThat(texts.get("insights.stats.median.hours", 1L)).isEqualTo("1 hour");
    assertThat(texts.get("insights.stats.median.hours", 5L)).isEqualTo("5 hours");
    assertThat(texts.get("insights.stats.median.days", new BigDecimal("1.0"))).isEqualTo("1 day");
    assertThat(texts.get("insights.stats.median.days", new BigDecimal("1.3")))
        .isEqualTo("1.3 days");
    assertThat(texts.get("insights.stats.median.days", new BigDecimal("12.0")))
        .isEqualTo("12 days");
  }
}
