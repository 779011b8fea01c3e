package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;

/** A chair's {@code agenda add|remove}: the issue's status and its reporter follow. */
class AgendaChangesIT extends MeetingConversationTest {

  @Test
  void anIssueTakenOffTheAgendaIsAcceptedAgainAndItsReporterIsTold() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    assertThat(status(reference)).isEqualTo("SCHEDULED");

    assertThat(chair("agenda remove " + reference))
        .isEqualTo(
            reference
                + " is off the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");

    assertThat(status(reference)).isEqualTo("ACCEPTED");
    assertThat(toldTo("gp1", "no longer on the agenda").text())
        .contains(
            reference,
            "Accepted: to be discussed at a group meeting",
            "It is no longer on the agenda of the group's prescribing meeting on Thursday 14"
                + " January "
                + nextYear()
                + " at 13:00. It will be on the agenda of a later prescribing meeting.");
  }

  @Test
  void anIssueTakenOffOneOfTwoComingMeetingsStaysScheduledForTheOther() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    chair("theme Prescribing on 11 February " + nextYear());

    chair("agenda remove " + reference);

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    // Told it is now for the later meeting, not that it waits for one.
    assertThat(toldTo("gp1", "no longer on the agenda").text())
        .contains(
            reference,
            "It is no longer on the agenda of the group's prescribing meeting on Thursday 14"
                + " January "
                + nextYear()
                + " at 13:00. It is on the agenda of the prescribing meeting on Thursday 11"
                + " February "
                + nextYear()
                + " at 13:00 instead.");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent()).noneMatch(s -> s.text().contains("a later prescribing meeting"));
  }

  @Test
  void anIssueWithAnOutcomeIsNotTakenOffTheAgendaAndTheChairIsToldWhy() {
    installInTeam();
    String reference = accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    chair("outcome " + reference + " Pharmacy will check clinic letters weekly.");

    assertThat(chair("agenda remove " + reference))
        .isEqualTo(
            reference
                + " has an outcome recorded for the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, so it stays on its agenda"
                + " and I've changed nothing. To correct the outcome, say `outcome "
                + reference
                + "` followed by the new one.");

    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(reference + ": Repeat prescriptions not updated");
    assertThat(status(reference)).isEqualTo("DISCUSSED");
    assertThat(jdbc.queryForList("select added from meeting_item", Boolean.class))
        .containsExactly(true);
  }

  @Test
  void anAcceptedIssueAddedToTheAgendaIsScheduledAndItsReporterIsTold() {
    installInTeam();
    String other = accepted("gp2", "Letters lost", "Correspondence and communication");
    chair("theme Prescribing on 14 January " + nextYear());
    assertThat(status(other)).isEqualTo("ACCEPTED");

    assertThat(chair("agenda add " + other))
        .isEqualTo(
            other
                + " is on the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");

    assertThat(status(other)).isEqualTo("SCHEDULED");
    assertThat(toldTo("gp2", "Scheduled").text())
        .contains(
            other,
            "It is on the agenda of the group's prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");
  }

  @Test
  void anIssueInTriageAddedToTheAgendaKeepsItsStatus() {
    installInTeam();
    String inTriage = raise("gp2", "Dr gp2", "Letters lost", "Correspondence and communication");
    chair("theme Prescribing on 14 January " + nextYear());

    assertThat(chair("agenda add " + inTriage))
        .isEqualTo(
            inTriage
                + " is on the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");

    assertThat(status(inTriage)).isEqualTo("OPEN_FOR_TRIAGE");
    // The meeting moved: the issue still in triage is not scheduled by it, nor its reporter told.
    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 16:00"))
        .contains("16:00");
    assertThat(status(inTriage)).isEqualTo("OPEN_FOR_TRIAGE");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent()).noneMatch(s -> s.text().contains("Scheduled"));
  }

  @Test
  void anOutcomeRecordedWhileTheVoteWasOpenStandsWhenTheVoteIsClosed() {
    installInTeam();
    String inTriage = raise("gp2", "Dr gp2", "Letters lost", "Correspondence and communication");
    chair("theme Prescribing on 14 January " + nextYear());
    chair("agenda add " + inTriage);
    clock.advance(
        Duration.between(
            java.time.Instant.now(),
            java.time.ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK)
                .toInstant()));
    chair("outcome " + inTriage + " actioned The practice letters now list stopped medicines.");
    assertThat(status(inTriage)).isEqualTo("ACTIONED");

    assertThat(chair("close " + inTriage + " discuss"))
        .isEqualTo(
            "Closed the vote on "
                + inTriage
                + ": Discuss at group. It had moved on while the vote was open (actioned), so that"
                + " stays and its reporter is not told anything new.");

    assertThat(status(inTriage)).isEqualTo("ACTIONED");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent())
        .noneMatch(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp2"))
                    && s.text().contains("Accepted"));
  }

  /**
   * While a meeting is under way its agenda is closed: an issue a chair adds goes on the next
   * meeting's, and the reply says which meeting that is.
   */
  @Test
  void anIssueAddedWhileAMeetingIsUnderWayIsOnTheNextMeetingsAgendaAndTheReplySaysWhichMeeting() {
    installInTeam();
    accepted("gp1", "Repeat prescriptions not updated", "Prescribing");
    String other = accepted("gp2", "Letters lost", "Correspondence and communication");
    chair("theme Prescribing on 14 January " + nextYear());
    chair("theme Prescribing on 11 February " + nextYear());
    clock.advance(
        Duration.between(
            java.time.Instant.now(),
            java.time.ZonedDateTime.of(nextYear(), 1, 14, 13, 30, 0, 0, MeetingDates.UK)
                .toInstant()));

    assertThat(chair("agenda add " + other))
        .isEqualTo(
            other
                + " is on the agenda of the prescribing meeting on Thursday 11 February "
                + nextYear()
                + " at 13:00.");
    assertThat(toldTo("gp2", "Scheduled").text())
        .contains("prescribing meeting on Thursday 11 February " + nextYear());
  }

  /**
   * An issue not on the agenda (a reference mistyped) is not "off the agenda": nothing is kept that
   * would leave it off once the group accepts it for the meeting's theme.
   */
  @Test
  void removingAnIssueThatIsNotOnTheAgendaChangesNothing() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    String inTriage = raise("gp2", "Dr gp2", "Specials unavailable", "Prescribing");

    assertThat(chair("agenda remove " + inTriage))
        .isEqualTo(
            inTriage
                + " isn't on the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, so I've changed nothing.");
    assertThat(jdbc.queryForObject("select count(*) from meeting_item", Integer.class)).isZero();

    chair("close " + inTriage + " discuss");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(inTriage + ": Specials unavailable");
  }

  /** Without a reference, the chair is shown how to say it: not told the issue can't be found. */
  @Test
  void agendaAddOrRemoveWithoutAReferenceShowsHowToSayIt() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());

    assertThat(chair("agenda add"))
        .isEqualTo("Please give the issue's reference: `agenda add IF-2027-0042`.");
    assertThat(chair("agenda remove"))
        .isEqualTo("Please give the issue's reference: `agenda remove IF-2027-0042`.");
    assertThat(jdbc.queryForObject("select count(*) from meeting_item", Integer.class)).isZero();
  }
}
