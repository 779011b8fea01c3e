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
  void theNoticeSaysWhoSeesWhatAClinicianWrites() {
    var notice =
        new PrivacyNotice(
            new CardCatalogue(TestTexts.enGb()),
            new RetentionPolicy(
                Duration.ofDays(365),
                Duration.ofDays(2192),
                Duration.ofDays(30),
                Duration.ofDays(30),
                Duration.ofDays(365)),
            new PrivacyContact(""),
            TestTexts.enGb());

    assertThat(notice.card().toString())
        .contains(
            "is posted on its triage card in your group's Teams channel, where every member of the"
                + " team can read it")
        .contains("your name is on it only if you agreed to show it when you raised it")
        .contains("on the minutes card, which also goes to the channels of the networks")
        .contains("The group's chairs can also export its issues (with your name unless you")
        .contains("read the audit trail: who raised each issue (never an anonymous reporter) and")
        .contains("who voted how")
        .contains("Your sense-check answers go to the chairs with your name and comment");
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
