package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsIT extends MeetingConversationTest {

  @Autowired MeetingSchedule schedule;

  @Test
  void aChairSetsATheme_theMeetingIsAnnouncedWithItsAgendaAndReportersAreTold() {
    installInTeam();
    String first = accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    String second = accepted("gp2", "Specials unavailable in community", "Prescribing");
    accepted("gp3", "Discharge letters late", "Discharge planning");

    String reply =
        chair("theme Prescribing on 14 January " + nextYear() + " at 13:30 Seminar room 2");

    assertThat(reply)
        .startsWith(
            "The prescribing meeting is set for Thursday 14 January " + nextYear() + " at 13:30.")
        .contains("(2 issues)");
    Sent card = awaitSent(s -> s.hasCard() && s.cardText().contains("Next meeting: Prescribing"));
    assertThat(card.cardText())
        .contains(
            "When: Thursday 14 January " + nextYear() + " at 13:30",
            "Where: Seminar room 2",
            first + ": Repeat prescriptions not updated after clinic",
            second + ": Specials unavailable in community",
            "[Raise an issue for this theme]")
        .doesNotContain("Discharge letters late");
    assertThat(card.cardText().indexOf(first)).isLessThan(card.cardText().indexOf(second));
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("Scheduled"))
                .text())
        .contains("Scheduled for a group meeting", "prescribing meeting on Thursday 14 January");
    assertThat(say(activities.channelMention("member1", "m", "meetings")).get(0).text())
        .contains(
            "**Prescribing**: Thursday 14 January " + nextYear() + " at 13:30, Seminar room 2");
  }

  @Test
  void badThemeCommandsAreRefusedAndChangeNothing() {
    installInTeam();
    assertThat(
            say(activities.channelMention(
                    "member1", "m", "theme Prescribing on 14 January " + nextYear()))
                .get(0)
                .text())
        .contains("Only a chair of the group can set a meeting's theme");
    assertThat(chair("theme Prescribing on 01/01/2020")).startsWith("That date is in the past.");
    assertThat(chair("theme Prescribing on next Tuesday"))
        .contains("Please write the date as 14/01/2027");
    assertThat(chair("theme Cardiology on 14 January " + nextYear()))
        .startsWith("I don't know that theme.");
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
  }

  @Test
  void chairsAddAndRemoveAgendaItems() {
    installInTeam();
    String onTheme =
        accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    String other = raise("gp2", "Dr gp2", "Letters lost", "Correspondence and communication");
    chair("theme Prescribing on 14 January " + nextYear());

    assertThat(chair("agenda add " + other))
        .isEqualTo(
            other
                + " is on the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");
    assertThat(chair("agenda remove " + onTheme))
        .isEqualTo(
            onTheme
                + " is off the agenda of the prescribing meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00.");
    assertThat(
            say(activities.channelMention("member1", "m", "agenda add " + onTheme)).get(0).text())
        .contains("Only a chair");
    assertThat(chair("agenda add IF-1999-0001"))
        .isEqualTo("I can't find an issue IF-1999-0001 in this group.");
    // In 1:1 there is no "this group": the group is named.
    assertThat(
            say(activities.personalMessage("chair", "Dr Ann Law", "agenda add IF-1999-0001"))
                .get(0)
                .text())
        .isEqualTo("I can't find an issue IF-1999-0001 in Grampian Interface Group.");
    assertThat(
            say(activities.personalMessage("chair", "Dr Ann Law", "outcome IF-1999-0001 Done."))
                .get(0)
                .text())
        .isEqualTo("I can't find an issue IF-1999-0001 in Grampian Interface Group.");

    var agenda = say(activities.channelMention("member1", "m", "agenda")).get(0).cardText();
    assertThat(agenda).contains(other + ": Letters lost").doesNotContain(onTheme);
  }

  @Test
  void minutesFromAnAllowedHostGoOutWithOutcomesAndReportersHearTheirs() {
    installInTeam();
    String reference =
        accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    clock.advance(
        Duration.between(
            java.time.Instant.now(),
            java.time.ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK)
                .toInstant()));

    assertThat(
            chair(
                "outcome "
                    + reference
                    + " actioned Clinic letters will list medication changes from March."))
        .isEqualTo("Recorded the outcome of " + reference + " (actioned). I've told the reporter.");
    assertThat(status(reference)).isEqualTo("ACTIONED");

    assertThat(chair("minutes http://nhsscotland.sharepoint.com/m.docx"))
        .contains("must start with https://")
        .endsWith("Nothing was shared.");
    assertThat(chair("minutes https://evil.example.com/m.docx"))
        .contains("evil.example.com is not one of them");
    assertThat(chair("minutes https://ann:secret@nhsscotland.sharepoint.com/m.docx"))
        .isEqualTo(
            "That link has a user name or password in it (before the @). Please give the link"
                + " without them: I have not kept it. Nothing was shared.");
    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/i/943%20476%205919.docx"))
        .startsWith("That link seems to contain an NHS number.")
        .endsWith("Nothing was shared.")
        .doesNotContain("943");
    assertThat(chair("minutes https://nhsscotland.sharepoint.com/m.docx?x=" + "a".repeat(1000)))
        .startsWith("That link is longer than 1,000 characters.")
        .endsWith("Nothing was shared.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where minutes_url is not null", Integer.class))
        .isZero();

    assertThat(
            chair(
                "minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx for 14/01/"
                    + nextYear()))
        .startsWith("Shared the minutes of the prescribing meeting");

    Sent minutes =
        awaitSent(s -> s.hasCard() && s.cardText().contains("Minutes: Prescribing meeting"));
    assertThat(minutes.cardText())
        .contains(
            reference
                + ": Repeat prescriptions not updated after clinic: Clinic letters will list medication changes from March.",
            "[Open the minutes]");
    assertThat(minutes.card().toString())
        .contains("https://nhsscotland.sharepoint.com/sites/interface/m.docx");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("The minutes"))
                .text())
        .contains(reference, "Clinic letters will list medication changes from March.");
  }

  @Test
  void anOutcomeGoesToTheMeetingWhoseAgendaHoldsTheIssueAndMinutesWaitForTheMeeting() {
    installInTeam();
    String reference = accepted("gp1", "Discharge letters late", "Discharge planning");
    String inFiveDays =
        clock
            .instant()
            .atZone(MeetingDates.UK)
            .toLocalDate()
            .plusDays(5)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    chair("theme Referrals on " + inFiveDays);
    chair("theme Discharge planning on 14 January " + nextYear());

    assertThat(chair("outcome " + reference + " maybe"))
        .isEqualTo(
            "Recorded the outcome of "
                + reference
                + " (discussed at a group meeting). I've told the reporter.");
    assertThat(
            jdbc.queryForList(
                "select m.theme from meeting_item i join meeting m on m.id = i.meeting_id",
                String.class))
        .containsExactly("DISCHARGE_PLANNING");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains("Agenda of the next meeting: Referrals")
        .doesNotContain(reference);

    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/i/m.docx for " + inFiveDays))
        .startsWith("The referrals meeting on ")
        .contains("hasn't taken place yet")
        .endsWith("Nothing was shared.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where minutes_url is not null", Integer.class))
        .isZero();

    String offAgenda = accepted("gp2", "Results sent to the wrong GP", "Test results");
    assertThat(chair("outcome " + offAgenda + " Noted."))
        .isEqualTo(
            offAgenda
                + " isn't on the agenda of any meeting, so I've recorded nothing. A chair can put"
                + " it on the next one: `agenda add "
                + offAgenda
                + "`.");
    assertThat(status(offAgenda)).isEqualTo("ACCEPTED");
  }

  @Test
  void theChannelIsRemindedAWeekAndADayBefore() {
    installInTeam();
    chair("theme Referrals on 14 January " + nextYear());
    var meeting =
        java.time.ZonedDateTime.of(nextYear(), 1, 14, 13, 0, 0, 0, MeetingDates.UK).toInstant();

    clock.advance(Duration.between(java.time.Instant.now(), meeting.minus(Duration.ofDays(6))));
    schedule.remind();
    schedule.remind();
    // Delivered before the clock moves on: a reminder is worded as it is sent.
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    clock.advance(Duration.ofDays(5).plusHours(12));
    schedule.remind();

    var reminders =
        await(
            () ->
                connector.sent().stream()
                    .filter(s -> s.cardText().contains("Reminder: the meeting is"))
                    .map(Sent::cardText)
                    .toList());
    assertThat(reminders).hasSize(2);
    assertThat(reminders)
        .anySatisfy(r -> assertThat(r).contains("Reminder: the meeting is in 6 days: Referrals"))
        // The second reminder goes at 01:00 on the meeting's day.
        .anySatisfy(r -> assertThat(r).contains("Reminder: the meeting is today: Referrals"));
  }

  private java.util.List<String> await(java.util.concurrent.Callable<java.util.List<String>> what) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(what, l -> l.size() >= 2);
  }
}
