package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * Retention lists the fellows' assignments of issues settled a year ago, then removes the fellow
 * and the chair from each. A chair who takes such an issue up again in between (a corrected outcome
 * puts it back to discussed) and hands it to a fellow keeps that fellow: retention does not write
 * the assignment back as it had listed it, nor unlink an issue no longer settled.
 */
@Import(FellowRetentionMeanwhileIT.AfterListing.class)
class FellowRetentionMeanwhileIT extends BotConversationTest {

  @Autowired RetentionSchedule schedule;

  @AfterEach
  void disarm() {
    Meanwhile.disarm();
  }

  private String say(String user, String text) {
    return say(activities.personalMessage(user, "Dr " + user, text)).get(0).text();
  }

  private void assign(String reference, String fellow) {
    say(activities.channelMentionOf("chair", "Dr Ann Law", "assign " + reference, fellow));
  }

  /** An issue member3 worked on as fellow, actioned at a meeting more than a year ago. */
  private String actionedAYearAgo() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Discharge letters arrive late", "Test results");
    chair("close " + reference + " discuss");
    assign(reference, "member3");
    int year = YEAR + 1;
    chair("theme Test results on 14 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, ZoneId.of("Europe/London")).toInstant()));
    assertThat(chair("outcome " + reference + " actioned Letters now go out the same day."))
        .contains("actioned");
    clock.advance(Duration.ofDays(366));
    return reference;
  }

  @Test
  void aFellowWhoseIssueIsTakenUpAgainWhileRetentionRunsKeepsIt() {
    String reference = actionedAYearAgo();

    Meanwhile.whileSweeping(
        () ->
            assertThat(chair("outcome " + reference + " Reopened: two wards still send late."))
                .contains("discussed"));
    schedule.run();

    assertThat(Meanwhile.ran()).as("the outcome came after retention listed").isTrue();
    assertThat(jdbc.queryForObject("select status from issue", String.class))
        .isEqualTo("DISCUSSED");
    assertThat(jdbc.queryForMap("select fellow_key, fellow_name from fellow_assignment"))
        .containsEntry("FELLOW_KEY", "aad-member3")
        .containsEntry("FELLOW_NAME", "member3");
    assertThat(say("member3", "update " + reference + " Auditing wards 7 and 9 now."))
        .startsWith("Posted your update on " + reference);
  }

  @Test
  void aFellowAssignedWhileRetentionRunsKeepsTheAssignment() {
    String reference = actionedAYearAgo();

    Meanwhile.whileSweeping(
        () -> {
          chair("outcome " + reference + " Reopened: two wards still send late.");
          assign(reference, "member2");
        });
    schedule.run();

    assertThat(Meanwhile.ran()).as("the assignment came after retention listed").isTrue();
    assertThat(
            jdbc.queryForMap("select fellow_key, fellow_name, assigned_by from fellow_assignment"))
        .containsEntry("FELLOW_KEY", "aad-member2")
        .containsEntry("FELLOW_NAME", "member2")
        .containsEntry("ASSIGNED_BY", "aad-chair");
    assertThat(say("member2", "update " + reference + " Auditing wards 7 and 9 now."))
        .startsWith("Posted your update on " + reference);
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.CHANNEL)
                            && s.text() != null
                            && s.text().contains("Auditing wards"))
                .text())
        .contains("from member2");
  }

  /** The repository retention lists fellows' assignments from, wrapped to let a request in. */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor assignmentsMeanwhile() {
      return Meanwhile.afterListing("org.interfacebot.fellows.AssignmentRepository");
    }
  }
}
