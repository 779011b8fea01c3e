package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Test;

class PrivacyNoticeTest {

  @Test
  void theBoardsContactAndRetentionPeriodsAreBoundIntoTheCard() {
    var policy =
        new RetentionPolicy(
            Duration.ofDays(180),
            Duration.ofDays(3653),
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofDays(90));
    var notice =
        new PrivacyNotice(
            new CardCatalogue(TestTexts.enGb()),
            policy,
            new PrivacyContact("dpo@nhs.example \"quoted\""),
            TestTexts.enGb());

    assertThat(notice.card().toString())
        .contains("after 6 months", "after 10 years", "kept for 7 days")
        .contains("lose your name 7 days after the sense-check closes")
        .contains("deleted 3 months after they were made")
        .contains("dpo@nhs.example \\\"quoted\\\"");
  }

  @Test
  void periodsReadAsPeopleSayThem() {
    assertThat(PrivacyNotice.spoken(Duration.ofDays(365), TestTexts.enGb())).isEqualTo("12 months");
    assertThat(PrivacyNotice.spoken(Duration.ofDays(2192), TestTexts.enGb())).isEqualTo("6 years");
    assertThat(PrivacyNotice.spoken(Duration.ofDays(30), TestTexts.enGb())).isEqualTo("30 days");
    assertThat(PrivacyNotice.spoken(Duration.ofDays(1), TestTexts.enGb())).isEqualTo("1 day");
  }

  @Test
  void deletingBeforeAnonymisingIsRefused() {
    assertThatThrownBy(
            () ->
                new RetentionPolicy(
                    Duration.ofDays(365),
                    Duration.ofDays(30),
                    Duration.ofDays(30),
                    Duration.ZERO,
                    Duration.ofDays(365)))
        .hasMessageContaining("delete-issues-after");
  }
}
