package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.Meanwhile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The scheduled sweeps (closing votes at their deadline, reminding members the day before,
 * reminding a reporter who has not answered, chasing referrals with no reply) list the rounds or
 * issues due, then change each. A vote, an answer or a reply that arrives between the two is kept:
 * the sweep does not write the round or issue back as it had listed it, nor act as if it had not
 * come.
 */
@Import(SweepsMeanwhileIT.AfterListing.class)
class SweepsMeanwhileIT extends BotConversationTest {

  @Autowired TriageClosing closing;
  @Autowired TriageReminders reminders;
  @Autowired MoreInfoWaits waits;

  @AfterEach
  void disarm() {
    Meanwhile.disarm();
  }

  private int votes(String choice) {
    return jdbc.queryForObject("select votes_" + choice + " from triage_round", Integer.class);
  }

  @Test
  void aVoteCastWhileTheDeadlineSweepRunsIsCountedInTheDecision() {
    String reference = raiseOne();
    vote("member1", reference, "discuss");
    clock.advance(Duration.ofDays(8));

    Meanwhile.whileSweeping(() -> vote("member2", reference, "discuss"));
    closing.closeDue();

    assertThat(Meanwhile.ran()).as("the vote was cast after the sweep listed").isTrue();
    assertThat(votes("discuss")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(2);
  }

  @Test
  void aVoteCastWhileTheReminderSweepRunsIsNotUncounted() {
    String reference = raiseOne();
    clock.advance(Duration.ofDays(6).plusHours(1));

    Meanwhile.whileSweeping(() -> vote("member2", reference, "refer"));
    reminders.remindDue();

    assertThat(Meanwhile.ran()).as("the vote was cast after the sweep listed").isTrue();
    assertThat(votes("refer")).isOne();
    assertThat(jdbc.queryForObject("select reminded from triage_round", Boolean.class)).isTrue();
  }

  @Test
  void anAnswerGivenWhileTheReporterReminderSweepRunsReopensTheVote() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    clock.advance(Duration.ofDays(8));

    Meanwhile.whileSweeping(
        () ->
            clickIn1to1(
                "gp1",
                "Dr Morag Fraser",
                "triage.moreinfo",
                Activities.data().put("issue", reference).put("answer", "Wards 7 and 9.")));
    waits.remindDue();

    assertThat(Meanwhile.ran()).as("the answer came after the sweep listed").isTrue();
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
  }

  @Test
  void aReplyRecordedWhileTheReferralFollowUpSweepRunsIsKeptAndNotChased() {
    String reference = raiseOne();
    chair("close " + reference + " refer Laboratory Services");
    clock.advance(Duration.ofDays(29));

    Meanwhile.whileSweeping(
        () -> chair("reply " + reference + " The lab now routes results by practice code."));
    reminders.followUpReferrals();

    assertThat(Meanwhile.ran()).as("the reply came after the sweep listed").isTrue();
    assertThat(jdbc.queryForObject("select referral_reply from issue", String.class))
        .isEqualTo("The lab now routes results by practice code.");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent()).noneMatch(s -> s.text().startsWith("Follow-up:"));
  }

  /** The sweeps' repositories, wrapped to let another request in after they list what is due. */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor roundsMeanwhile() {
      return Meanwhile.afterListing(TriageRoundRepository.class);
    }

    @Bean
    static BeanPostProcessor issuesMeanwhile() {
      return Meanwhile.afterListing("org.interfacebot.issues.IssueRepository");
    }
  }
}
