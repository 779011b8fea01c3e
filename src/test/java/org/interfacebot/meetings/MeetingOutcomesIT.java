package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** A theme with more than one meeting: where an outcome goes, what replacing one leaves. */
class MeetingOutcomesIT extends BotConversationTest {

  private String inDays(int days) {
    return clock
        .instant()
        .atZone(MeetingDates.UK)
        .toLocalDate()
        .plusDays(days)
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private String accepted(String reporter, String title) {
    String reference = raise(reporter, "Dr " + reporter, title, "Discharge planning");
    chair("close " + reference + " discuss");
    return reference;
  }

  @Test
  void anOutcomeAfterAMeetingsMinutesWentOutGoesToTheNextMeetingOfItsTheme() {
    installInTeam();
    String first = accepted("gp1", "Discharge letters late");
    chair("theme Discharge planning on " + inDays(1) + " at 13:00");
    clock.advance(Duration.ofDays(2));
    chair("outcome " + first + " actioned Letters now go the same day.");
    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/i/m.docx"))
        .doesNotContain("hasn't taken place");
    chair("theme Discharge planning on " + inDays(30) + " at 13:00");
    String second = accepted("gp2", "Discharge medicines unclear");

    assertThat(chair("outcome " + second + " Pharmacy to draft a template."))
        .startsWith("Recorded the outcome of " + second);

    assertThat(
            jdbc.queryForList(
                "select i.outcome from meeting_item i join meeting m on m.id = i.meeting_id"
                    + " where m.minutes_url is null",
                String.class))
        .containsExactly("Pharmacy to draft a template.");
    assertThat(
            jdbc.queryForList(
                "select i.outcome from meeting_item i join meeting m on m.id = i.meeting_id"
                    + " where m.minutes_url is not null",
                String.class))
        .containsExactly("Letters now go the same day.");
  }

  @Test
  void replacingOneOfTwoMeetingsOfATheme_keepsItsIssuesScheduledForTheOther() {
    installInTeam();
    String issue = accepted("gp1", "Discharge letters late");
    chair("theme Discharge planning on " + inDays(10) + " at 13:00");
    chair("theme Discharge planning on " + inDays(40) + " at 13:00");

    assertThat(chair("theme replace Prescribing on " + inDays(10) + " at 13:00"))
        .startsWith("The prescribing meeting is set for");

    assertThat(
            jdbc.queryForObject(
                "select status from issue where reference = ?", String.class, issue))
        .isEqualTo("SCHEDULED");
    assertThat(connector.sent()).noneMatch(s -> s.text().contains("no longer on the agenda"));
  }
}
