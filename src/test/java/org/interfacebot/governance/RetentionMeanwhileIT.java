package org.interfacebot.governance;

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
 * Retention lists the issues settled a year ago and the votes decided a year ago, then removes who
 * raised or decided each. A reply or an answer recorded between the two is kept: retention does not
 * write the issue or its vote back as it had listed them.
 */
@Import(RetentionMeanwhileIT.AfterListing.class)
class RetentionMeanwhileIT extends BotConversationTest {

  @Autowired RetentionSchedule schedule;

  @AfterEach
  void disarm() {
    Meanwhile.disarm();
  }

  @Test
  void aReplyToAReferralRecordedWhileRetentionRunsIsKept() {
    String reference = raiseOne();
    chair("close " + reference + " refer Laboratory Services");
    clock.advance(Duration.ofDays(366));

    Meanwhile.whileSweeping(
        () -> chair("reply " + reference + " The lab now routes results by practice code."));
    schedule.run();

    assertThat(Meanwhile.ran()).as("the reply came after retention listed").isTrue();
    assertThat(jdbc.queryForObject("select referral_reply from issue", String.class))
        .isEqualTo("The lab now routes results by practice code.");
    assertThat(jdbc.queryForObject("select reporter_name from issue", String.class)).isNull();
  }

  @Test
  void anAnswerGivenAYearLaterWhileRetentionRunsReopensTheVote() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    clock.advance(Duration.ofDays(366));

    Meanwhile.whileSweeping(
        () ->
            clickIn1to1(
                "gp1",
                "Dr Morag Fraser",
                "triage.moreinfo",
                Activities.data().put("issue", reference).put("answer", "Wards 7 and 9.")));
    schedule.run();

    assertThat(Meanwhile.ran()).as("the answer came after retention listed").isTrue();
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
    assertThat(vote("member1", reference, "discuss").body()).doesNotContain("already");
    assertThat(jdbc.queryForObject("select votes_discuss from triage_round", Integer.class))
        .isOne();
  }

  /** The repositories retention lists from, wrapped to let a request in after it lists. */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor issuesMeanwhile() {
      return Meanwhile.afterListing("org.interfacebot.issues.IssueRepository");
    }

    @Bean
    static BeanPostProcessor roundsMeanwhile() {
      return Meanwhile.afterListing("org.interfacebot.triage.TriageRoundRepository");
    }
  }
}
