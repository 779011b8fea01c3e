package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * A chair's turn that reads an issue just before retention unlinks its reporter, and changes the
 * issue after, does not link the reporter back: the issue is written column by column.
 */
@Import(RetentionWhileAChairActsIT.AfterReading.class)
class RetentionWhileAChairActsIT extends BotConversationTest {

  @Autowired RetentionSchedule schedule;

  @AfterEach
  void disarm() {
    WhileReading.disarm();
  }

  @Test
  void aReporterUnlinkedWhileAChairRecordsTheReferralsReplyStaysUnlinked() throws Exception {
    String reference = raiseOne();
    chair("close " + reference + " refer Laboratory Services");
    clock.advance(Duration.ofDays(366));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    WhileReading.arm(schedule::run, jdbc);
    chair("reply " + reference + " The lab now routes results by practice code.");

    assertThat(WhileReading.ran()).as("retention ran after the chair's turn read").isTrue();
    assertThat(jdbc.queryForObject("select referral_reply from issue", String.class))
        .isEqualTo("The lab now routes results by practice code.");
    assertThat(jdbc.queryForObject("select reporter_name from issue", String.class)).isNull();
    assertThat(jdbc.queryForObject("select reporter_key from issue", String.class))
        .isNotEqualTo("aad-gp1");
    assertThat(say(activities.personalMessage("gp1", "Dr Morag Fraser", "my issues")).get(0).text())
        .startsWith("You haven't raised any issues yet.");
  }

  /** The issues' repository, wrapped to let retention in once a chair's turn found the issue. */
  @TestConfiguration
  static class AfterReading {

    @Bean
    static BeanPostProcessor issuesWhileReading() {
      return WhileReading.afterReading(
          "org.interfacebot.issues.IssueRepository", "findByReferenceAndGroupId");
    }
  }
}
