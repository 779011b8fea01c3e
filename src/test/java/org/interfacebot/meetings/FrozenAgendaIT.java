package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A held meeting's agenda is frozen: an issue accepted afterwards on the same theme is neither on
 * its minutes nor told of them, and waits for the next meeting instead.
 */
class FrozenAgendaIT extends BotConversationTest {

  private static final String MINUTES = "https://nhsscotland.sharepoint.com/sites/interface/";

  @Autowired MeetingSchedule schedule;

  private final int year = YEAR + 1;

  private String accepted(String reporter, String title) {
    String reference = raise(reporter, "Dr " + reporter, title, "Prescribing");
    chair("close " + reference + " discuss");
    return reference;
  }

  /** Sets the January meeting with one issue on its agenda and moves past it; returns the issue. */
  private String januaryMeetingHeld() {
    installInTeam();
    String discussed = accepted("gp1", "Repeat prescriptions not updated after clinic");
    chair("theme Prescribing on 14 January " + year);
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    return discussed;
  }

  @Test
  void reSharedMinutesKeepTheirAgendaWhenIssuesOfTheThemeAreAcceptedLater() {
    String discussed = januaryMeetingHeld();
    chair("outcome " + discussed + " Pharmacy will check clinic letters weekly.");
    assertThat(chair("minutes " + MINUTES + "jan.docx"))
        .startsWith("Shared the minutes of the prescribing meeting");
    awaitMinutes("jan.docx");

    String later = accepted("gp2", "Specials unavailable in community");
    assertThat(chair("theme Prescribing on 11 February " + year)).contains("(1 issue)");
    assertThat(
            awaitSent(
                    s ->
                        s.hasCard()
                            && s.cardText().contains("Next meeting: Prescribing")
                            && s.cardText().contains("11 February"))
                .cardText())
        .contains(later + ": Specials unavailable in community")
        .doesNotContain(discussed);

    assertThat(chair("minutes " + MINUTES + "jan-corrected.docx for 14/01/" + year))
        .startsWith("Shared the minutes of the prescribing meeting");

    assertThat(awaitMinutes("jan-corrected.docx"))
        .contains(
            "Thursday 14 January " + year,
            discussed
                + ": Repeat prescriptions not updated after clinic: Pharmacy will check clinic"
                + " letters weekly.")
        .doesNotContain(later, "Specials unavailable in community");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(minutesToldTo("gp1")).hasSize(2);
    assertThat(minutesToldTo("gp2")).isEmpty();
    assertThat(frozenAgendaOfJanuary()).containsExactly(discussed);
    assertThat(say(activities.channelMention("member1", "m", "meetings")).get(0).text())
        .contains(
            "**Prescribing**: Thursday 11 February " + year,
            "Held lately:",
            "**Prescribing**: Thursday 14 January "
                + year
                + " at 13:00 (minutes shared); agenda: "
                + discussed)
        .doesNotContain(later);
  }

  @Test
  void anIssueAcceptedAfterTheMeetingWasHeldGoesToTheNextMeetingNotToItsMinutes() {
    String discussed = januaryMeetingHeld();
    schedule.remind();
    String later = accepted("gp2", "Specials unavailable in community");

    assertThat(chair("outcome " + later + " Noted."))
        .startsWith(later + " isn't on the agenda of any meeting, so I've recorded nothing.");
    assertThat(chair("outcome " + discussed + " Pharmacy will check clinic letters weekly."))
        .startsWith("Recorded the outcome of " + discussed);
    chair("minutes " + MINUTES + "jan.docx");

    assertThat(awaitMinutes("jan.docx"))
        .contains(discussed + ": Repeat prescriptions not updated after clinic")
        .doesNotContain(later, "Specials unavailable in community");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(minutesToldTo("gp1")).hasSize(1);
    assertThat(minutesToldTo("gp2")).isEmpty();
    assertThat(status(later)).isEqualTo("ACCEPTED");
    assertThat(frozenAgendaOfJanuary()).containsExactly(discussed);

    assertThat(chair("theme Prescribing on 11 February " + year)).contains("(1 issue)");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(later + ": Specials unavailable in community")
        .doesNotContain(discussed);
  }

  @Test
  void aHeldMeetingMovedLaterTheSameDayHasALiveAgendaAgain() {
    String first = januaryMeetingHeld();
    schedule.remind();
    String later = accepted("gp2", "Specials unavailable in community");

    assertThat(chair("theme Prescribing on 14 January " + year + " at 16:00"))
        .contains("at 16:00", "(2 issues)");
    assertThat(
            awaitSent(
                    s ->
                        s.hasCard()
                            && s.cardText().contains("Next meeting: Prescribing")
                            && s.cardText().contains("at 16:00"))
                .cardText())
        .contains(first, later + ": Specials unavailable in community");
    assertThat(jdbc.queryForObject("select count(*) from meeting_agenda_item", Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from meeting where agenda_frozen_at is null", Integer.class))
        .isEqualTo(1);
  }

  private String awaitMinutes(String file) {
    Sent card =
        awaitSent(
            s ->
                s.hasCard()
                    && s.cardText().contains("Minutes: Prescribing meeting")
                    && s.card().toString().contains(MINUTES + file));
    return card.cardText();
  }

  private List<String> minutesToldTo(String reporter) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation(reporter)))
        .map(Sent::text)
        .filter(text -> text.startsWith("The minutes"))
        .toList();
  }

  private List<String> frozenAgendaOfJanuary() {
    return jdbc.queryForList(
        "select i.reference from meeting_agenda_item a join issue i on i.id = a.issue_id"
            + " join meeting m on m.id = a.meeting_id where m.starts_at < ? order by a.position",
        String.class,
        java.sql.Timestamp.from(
            ZonedDateTime.of(year, 2, 1, 0, 0, 0, 0, MeetingDates.UK).toInstant()));
  }
}
