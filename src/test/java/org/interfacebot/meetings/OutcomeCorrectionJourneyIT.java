package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A whole meeting journey: issues accepted, put on a meeting's agenda, a fellow's progress, the
 * meeting held, outcomes recorded and the minutes shared with a network; then an outcome corrected
 * after the minutes went out and the minutes shared again, as a chair does when the minutes were
 * wrong.
 */
class OutcomeCorrectionJourneyIT extends MeetingConversationTest {

  private static final String GP_TEAM = "19:team-gp-subgroup@thread.tacv2";

  private boolean toGp1(Sent s, String text) {
    return s.conversationId().equals(Activities.personalConversation("gp1"))
        && s.text().contains(text);
  }

  private String gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr gp1", text)).get(0).text();
  }

  private void heldOn(int year, int month, int day) {
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, month, day, 16, 0, 0, 0, MeetingDates.UK).toInstant()));
  }

  @Test
  void anOutcomeCorrectedAfterTheMinutesWentOutReachesTheReporterAndTheMinutesSharedAgain() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("gp-lead"), GP_TEAM, "GP subgroup"));
    say(
        Activities.inTeam(
            activities.channelMention("chair", "Dr Ann Law", "network add GP subgroup"),
            GP_TEAM,
            "GP subgroup"));
    String repeat = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    String warfarin = accepted("gp2", "Anticoagulant changes not communicated", "Prescribing");
    int year = nextYear();
    chair("theme Prescribing on 14 January " + year + " at 13:00 Seminar room 2");
    awaitSent(s -> toGp1(s, "It is on the agenda"));
    say(activities.channelMentionOf("chair", "Dr Ann Law", "assign " + repeat, "member3"));
    say(
        activities.personalMessage(
            "member3", "member3", "update " + repeat + " Met the pharmacy lead."));
    awaitSent(s -> toGp1(s, "Met the pharmacy lead."));

    heldOn(year, 1, 14);
    chair("outcome " + repeat + " Clinic letters will list changes.");
    chair("outcome " + warfarin + " actioned Pharmacy now phones the practice.");
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx");
    awaitSent(s -> toGp1(s, "Outcome for your issue **" + repeat + "**"));
    awaitSent(s -> s.conversationId().equals(GP_TEAM) && s.cardText().contains("Minutes:"));
    assertThat(gp1("my issues")).contains(repeat, "Discussed at a group meeting");

    // The minutes had it wrong: the change was made at the meeting.
    assertThat(chair("outcome " + repeat + " actioned Clinic letters now list every change."))
        .isEqualTo("Recorded the outcome of " + repeat + " (actioned). I've told the reporter.");
    assertThat(awaitSent(s -> toGp1(s, "Clinic letters now list every change.")).text())
        .contains("Actioned", "Outcome: Clinic letters now list every change.");
    assertThat(gp1("my issues")).contains(repeat, "Actioned");

    connector.clear();
    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m2.docx"))
        .startsWith("Shared the minutes of the prescribing meeting");
    Sent toNetwork =
        awaitSent(s -> s.conversationId().equals(GP_TEAM) && s.cardText().contains("Minutes:"));
    assertThat(toNetwork.cardText())
        .contains(
            repeat + ": Repeat prescriptions not updated: Clinic letters now list every change.")
        .doesNotContain("Clinic letters will list changes.");
    Sent inChannel =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.CHANNEL) && s.cardText().contains("Minutes:"));
    assertThat(inChannel.cardText()).contains("Clinic letters now list every change.");
    assertThat(awaitSent(s -> toGp1(s, "The minutes of the group's")).text())
        .contains(
            "Outcome for your issue **" + repeat + "**", "Clinic letters now list every change.")
        .doesNotContain("Clinic letters will list changes.");
    assertThat(chair("meetings"))
        .contains("Thursday 14 January " + year + " at 13:00 (minutes shared)")
        .doesNotContain("minutes not shared yet");
  }

  @Test
  void withTwoMeetingsOfTheThemeACorrectionGoesToTheMeetingWhoseMinutesHadTheOutcome() {
    installInTeam();
    String repeat = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    int year = nextYear();
    chair("theme Prescribing on 14 January " + year + " at 13:00");
    chair("theme Prescribing on 21 January " + year + " at 14:00");
    heldOn(year, 1, 21);
    chair("outcome " + repeat + " Clinic letters will list changes.");
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx for 21 January");

    chair("outcome " + repeat + " actioned Clinic letters now list every change.");
    connector.clear();
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m2.docx for 21 January");

    assertThat(awaitSent(s -> toGp1(s, "The minutes of the group's")).text())
        .contains("Clinic letters now list every change.")
        .doesNotContain("Clinic letters will list changes.");
    assertThat(
            jdbc.queryForList(
                "select i.outcome from meeting_item i join meeting m on m.id = i.meeting_id"
                    + " where m.minutes_url is null and i.outcome is not null",
                String.class))
        .isEmpty();
  }
}
