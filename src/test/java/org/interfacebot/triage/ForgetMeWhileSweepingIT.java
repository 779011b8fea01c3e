package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.WhileReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code forget me} reads the issues a person raised and the votes they decided as chair, then
 * removes their name from each. A sweep that chases a referral or reminds a reporter between the
 * two is not undone: the person's {@code forget me} does not write back the flag that says it was
 * done, so it is not done a second time.
 */
@Import(ForgetMeWhileSweepingIT.AfterReading.class)
class ForgetMeWhileSweepingIT extends BotConversationTest {

  @Autowired TriageReminders reminders;
  @Autowired MoreInfoWaits waits;

  @AfterEach
  void disarm() {
    WhileReading.disarm();
  }

  private void forgetMe(String person, String name) {
    say(activities.personalMessage(person, name, "forget me"));
    say(activities.personalMessage(person, name, "yes"));
  }

  private long sentStartingWith(String conversation, String start) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(conversation) && s.text().startsWith(start))
        .count();
  }

  @Test
  void aReferralChasedWhileItsReporterIsForgottenIsChasedOnce() throws Exception {
    String reference = raiseOne();
    chair("close " + reference + " refer Laboratory Services");
    clock.advance(Duration.ofDays(29));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    WhileReading.arm(reminders::followUpReferrals, jdbc);
    forgetMe("gp1", "Dr Morag Fraser");

    assertThat(WhileReading.ran()).as("the chase ran after forget me read the issue").isTrue();
    reminders.followUpReferrals();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(sentStartingWith(Activities.CHANNEL, "Follow-up:")).isOne();
    assertThat(jdbc.queryForObject("select follow_up_reminded from issue", Boolean.class)).isTrue();
    assertThat(jdbc.queryForObject("select reporter_name from issue", String.class)).isNull();
  }

  @Test
  void aReporterRemindedWhileTheChairWhoAskedIsForgottenIsRemindedOnce() throws Exception {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    clock.advance(Duration.ofDays(8));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    WhileReading.arm(waits::remindDue, jdbc);
    forgetMe("chair", "Dr Ann Law");

    assertThat(WhileReading.ran()).as("the reminder ran after forget me read the vote").isTrue();
    waits.remindDue();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(sentStartingWith(Activities.personalConversation("gp1"), "Reminder:")).isOne();
    assertThat(jdbc.queryForObject("select reporter_reminded from triage_round", Boolean.class))
        .isTrue();
    assertThat(jdbc.queryForObject("select decided_by from triage_round", String.class)).isNull();
  }

  /** The repositories forget me reads, wrapped to let a sweep in once it has read. */
  @TestConfiguration
  static class AfterReading {

    @Bean
    static BeanPostProcessor issuesWhileReading() {
      return WhileReading.afterReading(
          "org.interfacebot.issues.IssueRepository", "findByReporterKeyOrderByRaisedAtDesc");
    }

    @Bean
    static BeanPostProcessor roundsWhileReading() {
      return WhileReading.afterReading(
          "org.interfacebot.triage.TriageRoundRepository", "findByDecidedByKey", "decidedBy");
    }
  }
}
