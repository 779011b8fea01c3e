package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;

/**
 * An issue whose reporter asks to be forgotten once it is on a meeting's agenda and a fellow works
 * on it: what the fellow and the chair are told as the work goes on without anyone to tell.
 */
class ForgottenReporterJourneyIT extends MeetingConversationTest {

  private String gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr gp1", text)).get(0).text();
  }

  @Test
  void theFellowAndTheChairAreNotToldTheReporterHeardOfAnIssueNobodyIsLinkedTo() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    int year = nextYear();
    chair("theme Prescribing on 14 January " + year + " at 13:00");
    say(activities.channelMentionOf("chair", "Dr Ann Law", "assign " + reference, "member3"));
    assertThat(
            say(activities.personalMessage("member3", "member3", "update " + reference + " Met."))
                .get(0)
                .text())
        .isEqualTo(
            "Posted your update on "
                + reference
                + " to the group's channel and the person who raised it.");

    gp1("forget me");
    assertThat(gp1("yes")).contains("1 issue you raised is now anonymous");

    assertThat(
            say(activities.personalMessage(
                    "member3", "member3", "update " + reference + " Template drafted."))
                .get(0)
                .text())
        .isEqualTo(
            "Posted your update on "
                + reference
                + " to the group's channel. Its reporter is no longer linked to it, so there is"
                + " nobody else to tell.");
    awaitSent(
        s ->
            s.conversationId().equals(Activities.CHANNEL)
                && s.text().contains("Template drafted."));

    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 14, 16, 0, 0, 0, MeetingDates.UK).toInstant()));
    assertThat(chair("outcome " + reference + " actioned Clinic letters now list changes."))
        .isEqualTo(
            "Recorded the outcome of "
                + reference
                + " (actioned). Its reporter is no longer linked to it, so there is nobody to"
                + " tell.");
    assertThat(status(reference)).isEqualTo("ACTIONED");
    assertThat(connector.sent())
        .noneMatch(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp1"))
                    && s.text().contains("Template drafted."));
  }
}
