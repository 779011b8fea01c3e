package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * Meetings that change or share a theme: a day's meeting given another theme, where an outcome goes
 * when a theme has more than one meeting, what replacing or moving one leaves, a corrected outcome.
 */
class MeetingChangesIT extends MeetingConversationTest {

  private String inDays(int days) {
    return clock
        .instant()
        .atZone(MeetingDates.UK)
        .toLocalDate()
        .plusDays(days)
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private String accepted(String reporter, String title) {
    return accepted(reporter, title, "Discharge planning");
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

    assertThat(status(issue)).isEqualTo("SCHEDULED");
    Sent told = toldTo("gp1", "no longer on the agenda");
    assertThat(told.text())
        .contains(
            issue,
            "whose theme is now Prescribing. It is on the agenda of the discharge planning"
                + " meeting on ",
            clock
                    .instant()
                    .atZone(MeetingDates.UK)
                    .toLocalDate()
                    .plusDays(40)
                    .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK))
                + " at 13:00 instead.");
    assertThat(told.text()).doesNotContain("It will be on the agenda");
  }

  @Test
  void aThemeOnADayThatHasAMeetingOfAnotherThemeChangesNothingUnlessTheChairSaysReplace() {
    installInTeam();
    String discharge = accepted("gp3", "Discharge letters late", "Discharge planning");
    accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    chair("theme Discharge planning on 14 January " + nextYear() + " Seminar room 2");
    toldTo("gp3", "Scheduled");

    assertThat(chair("theme Prescribing on 14 Jan " + nextYear()))
        .isEqualTo(
            "There's already a meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, with the theme Discharge planning, so I've changed nothing. To give"
                + " it the theme Prescribing instead,"
                + " say `theme replace Prescribing on 14 Jan "
                + nextYear()
                + "`; I'll tell the reporters whose issues come off its agenda.");
    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 15:00"))
        .startsWith("There's already a meeting on Thursday 14 January");
    assertThat(jdbc.queryForList("select theme from meeting", String.class))
        .containsExactly("DISCHARGE_PLANNING");
    assertThat(status(discharge)).isEqualTo("SCHEDULED");

    assertThat(
            chair(
                "theme Discharge planning on 14 January "
                    + nextYear()
                    + " at 14:00 Seminar room 3"))
        .startsWith(
            "The discharge planning meeting is set for Thursday 14 January "
                + nextYear()
                + " at 14:00.");
    assertThat(jdbc.queryForList("select place from meeting", String.class))
        .containsExactly("Seminar room 3");

    assertThat(chair("theme replace Prescribing on 14 Jan " + nextYear()))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 14:00.")
        .contains("(1 issue)");
    Sent told = toldTo("gp3", "no longer on the agenda");
    assertThat(told.text())
        .contains(
            discharge,
            "Accepted: to be discussed at a group meeting",
            "whose theme is now Prescribing.",
            "next discharge planning meeting");
    assertThat(status(discharge)).isEqualTo("ACCEPTED");
    assertThat(say(activities.channelMention("member1", "m", "meetings")).get(0).text())
        .contains("**Prescribing**: Thursday 14 January " + nextYear() + " at 14:00")
        .doesNotContain("Discharge planning");
  }

  @Test
  void aCorrectedOutcomeReachesTheReporter() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    clock.advance(
        Duration.between(
            clock.instant(),
            java.time.ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK)
                .toInstant()));
    chair("outcome " + reference + " Pharmacy to look at it.");
    toldTo("gp1", "Pharmacy to look at it.");

    assertThat(chair("outcome " + reference + " Pharmacy and the GP subgroup to draft a template."))
        .isEqualTo(
            "Recorded the outcome of "
                + reference
                + " (discussed at a group meeting). I've told the reporter.");

    assertThat(toldTo("gp1", "draft a template").text())
        .contains(reference, "Outcome: Pharmacy and the GP subgroup to draft a template.");
  }

  @Test
  void reportersAreToldWhenTheirMeetingMovesToAnotherTimeOfItsDay() {
    installInTeam();
    accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear() + " at 13:00");
    toldTo("gp1", "at 13:00");

    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 16:00"))
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 16:00.");

    assertThat(toldTo("gp1", "at 16:00").text())
        .contains(
            "It is on the agenda of the group's prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 16:00.");
    // The place alone changes: nobody is told again.
    chair("theme Prescribing on 14 January " + nextYear() + " Seminar room 2");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(
            connector.sent().stream()
                .filter(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
                .filter(s -> s.text().contains("It is on the agenda")))
        .hasSize(2);
  }

  @Test
  void movingTheLaterOfTwoMeetingsOfAThemeLeavesReportersOfTheEarlierOneAlone() {
    installInTeam();
    accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear() + " at 13:00");
    toldTo("gp1", "14 January");
    chair("theme Prescribing on 11 February " + nextYear() + " at 13:00");

    assertThat(chair("theme Prescribing on 11 February " + nextYear() + " at 16:00"))
        .startsWith("The prescribing meeting is set for")
        .contains("11 February");

    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Their issue is still for the meeting on 14 January: nothing about February is theirs.
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .noneMatch(s -> s.text().contains("February"));
  }

  @Test
  void anOutcomeForAReporterWhoWasForgottenSaysThereIsNobodyToTell() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    say(activities.personalMessage("gp1", "Dr gp1", "forget me"));
    say(activities.personalMessage("gp1", "Dr gp1", "yes"));
    chair("theme Prescribing on " + inDays(1) + " at 13:00");
    clock.advance(Duration.ofDays(2));

    assertThat(chair("outcome " + reference + " actioned Letters now list changes."))
        .isEqualTo(
            "Recorded the outcome of "
                + reference
                + " (actioned). Its reporter is no longer linked to it, so there is nobody to"
                + " tell.");
  }
}
