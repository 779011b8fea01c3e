package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An issue accepted for discussion when the group's coming meeting of its theme is already set is
 * scheduled for that meeting, and its reporter hears both in one message: accepted, and the date.
 */
class AcceptedAfterTheMeetingIsSetIT extends BotConversationTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired TriageSchedule schedule;

  private static int nextYear() {
    return YEAR + 1;
  }

  private static String on(String day) {
    return day + " " + nextYear() + " at 13:00";
  }

  /** The status updates sent to the reporter in their 1:1 chat, once every delivery was made. */
  private List<Sent> updatesTo(String reporter, String reference) {
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation(reporter)))
        .filter(s -> s.text().startsWith("Update on your issue **" + reference + "**"))
        .toList();
  }

  private String accepted(String reference) {
    return "Update on your issue **"
        + reference
        + "** (Repeat prescriptions not updated after clinic): ";
  }

  @Test
  void aChairAcceptingAnIssueOfTheComingMeetingsThemeSchedulesItAndTellsTheReporterTheDate() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    String reference =
        raise("gp1", "Dr gp1", "Repeat prescriptions not updated after clinic", "Prescribing");

    chair("close " + reference + " discuss");

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    assertThat(updatesTo("gp1", reference))
        .singleElement()
        .extracting(Sent::text)
        .isEqualTo(
            accepted(reference)
                + "Scheduled for a group meeting.\n\nThe group accepted it for discussion: it is on"
                + " the agenda of the group's prescribing meeting on Thursday "
                + on("14 January")
                + ".");
    assertThat(say(activities.channelMention("member1", "m", "agenda")).get(0).cardText())
        .contains(reference);
  }

  @Test
  void aVoteToDiscussSchedulesItForTheComingMeetingOfItsTheme() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    String reference =
        raise("gp1", "Dr gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    vote("member1", reference, "discuss");
    vote("member2", reference, "discuss");
    vote("member3", reference, "discuss");

    clock.advance(Duration.ofDays(8));
    schedule.run();

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    assertThat(updatesTo("gp1", reference))
        .singleElement()
        .extracting(Sent::text)
        .asString()
        .contains(
            "The group accepted it for discussion: it is on the agenda of the group's"
                + " prescribing meeting on Thursday "
                + on("14 January"));
  }

  @Test
  void anIssueInTriageAChairAddedToTheAgendaIsScheduledForThatMeetingWhenAccepted() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    String reference =
        raise(
            "gp1",
            "Dr gp1",
            "Repeat prescriptions not updated after clinic",
            "Correspondence and communication");
    chair("agenda add " + reference);

    chair("close " + reference + " discuss Worth raising with the pharmacists.");

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    assertThat(updatesTo("gp1", reference))
        .singleElement()
        .extracting(Sent::text)
        .asString()
        .endsWith(
            "The group accepted it for discussion: it is on the agenda of the group's"
                + " prescribing meeting on Thursday "
                + on("14 January")
                + ". Worth raising with the pharmacists.");
  }

  /** A meeting under way has a frozen agenda: the issue is for the next one, or waits. */
  @Test
  void aMeetingUnderWayDoesNotTakeTheIssue() {
    installInTeam();
    chair("theme Prescribing on 14 January " + nextYear());
    String waits =
        raise("gp1", "Dr gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    clock.advance(
        Duration.between(
            clock.instant(), ZonedDateTime.of(nextYear(), 1, 14, 14, 0, 0, 0, UK).toInstant()));

    chair("close " + waits + " discuss");

    assertThat(status(waits)).isEqualTo("ACCEPTED");
    assertThat(updatesTo("gp1", waits))
        .singleElement()
        .extracting(Sent::text)
        .isEqualTo(
            accepted(waits)
                + "Accepted: to be discussed at a group meeting.\n\nThe group will discuss it at a"
                + " meeting on its theme, prescribing.");

    chair("theme Prescribing on 11 February " + nextYear());
    String next = raise("gp2", "Dr gp2", "Specials unavailable in community", "Prescribing");
    chair("close " + next + " discuss");

    assertThat(status(next)).isEqualTo("SCHEDULED");
    assertThat(updatesTo("gp2", next))
        .singleElement()
        .extracting(Sent::text)
        .asString()
        .contains("prescribing meeting on Thursday " + on("11 February"))
        .doesNotContain("14 January");
  }
}
