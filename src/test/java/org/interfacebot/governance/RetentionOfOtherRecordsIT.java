package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Retention of what the group's other work keeps about people: sense-check answers, shadowing
 * offers and requests, fellows' assignments (the privacy notice says how long each is kept).
 */
class RetentionOfOtherRecordsIT extends BotConversationTest {

  private static final String LINK =
      "https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx";

  @Autowired RetentionSchedule retention;
  @Autowired ApplicationContext context;

  /** Closes sense-checks past their deadline, as the consultations module's schedule does. */
  private void closeDueSenseChecks() {
    ReflectionTestUtils.invokeMethod(context.getBean("consultationSchedule"), "run");
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  @Test
  void senseCheckAnswersLoseTheirNamesAMonthAfterClosingAndGoAfterSixYears() {
    installInTeam();
    chair(
        "sense-check New discharge letter template "
            + LINK
            + " by "
            + LocalDate.now(clock).plusDays(7));
    long id = jdbc.queryForObject("select id from consultation", Long.class);
    clickInChannel(
        "member1",
        "consultations.answer",
        Activities.data()
            .put("consultation", id)
            .put("verdict", "concerns")
            .put("comment", "Too long"));
    clock.advance(Duration.ofDays(8));
    closeDueSenseChecks();
    assertThat(jdbc.queryForObject("select closed_at from consultation", Object.class)).isNotNull();

    retention.run();
    assertThat(count("select count(*) from consultation_answer where person_key = 'aad-member1'"))
        .isOne();

    clock.advance(Duration.ofDays(31));
    retention.run();
    assertThat(
            jdbc.queryForMap(
                "select person_key, person_name, verdict, comment from consultation_answer"))
        .containsEntry("PERSON_NAME", null)
        .containsEntry("VERDICT", "CONCERNS")
        .containsEntry("COMMENT", "Too long")
        .hasEntrySatisfying("PERSON_KEY", key -> assertThat((String) key).startsWith("gone:"));
    assertThat(count("select count(*) from consultation where opened_by like 'gone:%'")).isZero();

    clock.advance(Duration.ofDays(365));
    retention.run();
    assertThat(count("select count(*) from consultation where opened_by like 'gone:%'")).isOne();

    clock.advance(Duration.ofDays(6 * 366));
    retention.run();
    assertThat(count("select count(*) from consultation")).isZero();
    assertThat(count("select count(*) from consultation_answer")).isZero();
  }

  @Test
  void shadowingOffersAndRequestsWithTheirMatchesAreDeletedAYearAfterTheyWereMade() {
    listShadowing("gp1", "request", "GP", "primary");
    clock.advance(Duration.ofDays(200));
    listShadowing("member1", "offer", "Consultant physician", "secondary");
    assertThat(count("select count(*) from shadowing_match")).isOne();

    clock.advance(Duration.ofDays(170));
    retention.run();

    assertThat(jdbc.queryForList("select person_key from shadowing_listing", String.class))
        .containsExactly("aad-member1");
    assertThat(count("select count(*) from shadowing_match")).isZero();
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text() != null
                            && s.text().contains("has now been removed"))
                .text())
        .startsWith("Your shadowing request of ")
        .contains("type `shadowing request` to list it again");
    assertThat(say(activities.personalMessage("gp1", "Dr gp1", "shadowing")).get(0).text())
        .isEqualTo(
            "You have no shadowing offers or requests. Type `shadowing offer` or `shadowing"
                + " request` to add one.");
  }

  @Test
  void aFellowsAssignmentLosesItsNamesWithTheReporterAndGoesWithTheIssue() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Discharge letters arrive late", "Test results");
    chair("close " + reference + " discuss");
    say(activities.channelMentionOf("chair", "Dr Ann Law", "assign " + reference, "member3"));
    say(
        activities.personalMessage(
            "member3", "Dr member3", "update " + reference + " Template drafted."));
    assertThat(count("select count(*) from fellow_update")).isOne();
    int year = YEAR + 1;
    chair("theme Test results on 14 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, ZoneId.of("Europe/London")).toInstant()));
    assertThat(chair("outcome " + reference + " actioned Letters now go out the same day."))
        .contains("actioned");
    assertThat(jdbc.queryForObject("select status from issue", String.class)).isEqualTo("ACTIONED");

    clock.advance(Duration.ofDays(366));
    retention.run();
    assertThat(
            jdbc.queryForMap("select fellow_key, fellow_name, assigned_by from fellow_assignment"))
        .containsEntry("FELLOW_NAME", null)
        .hasEntrySatisfying("FELLOW_KEY", key -> assertThat((String) key).startsWith("gone:"))
        .hasEntrySatisfying("ASSIGNED_BY", key -> assertThat((String) key).startsWith("gone:"));
    assertThat(jdbc.queryForMap("select author_key, author_name from fellow_update"))
        .containsEntry("AUTHOR_NAME", null)
        .hasEntrySatisfying("AUTHOR_KEY", key -> assertThat((String) key).startsWith("gone:"));

    clock.advance(Duration.ofDays(6 * 366));
    retention.run();
    assertThat(count("select count(*) from issue")).isZero();
    assertThat(count("select count(*) from fellow_assignment")).isZero();
    assertThat(count("select count(*) from fellow_update")).isZero();
  }

  private void listShadowing(String user, String kind, String role, String care) {
    say(activities.personalMessage(user, "Dr " + user, "shadowing " + kind));
    var data =
        Activities.data()
            .put("kind", kind)
            .put("role", role)
            .put("care", care)
            .put("specialty", "Cardiology")
            .put(
                "availability",
                "primary".equals(care) ? "Tuesday afternoons" : "Thursday mornings");
    clickIn1to1(user, "Dr " + user, "shadowing.submit", data);
  }
}
