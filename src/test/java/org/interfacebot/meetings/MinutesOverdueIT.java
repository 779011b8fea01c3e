package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A held meeting whose minutes are not shared three days after it: until they are, the reporters of
 * the issues it did not decide hear nothing. Each chair is reminded once in 1:1, and {@code health}
 * lists the meeting until the minutes are shared.
 */
class MinutesOverdueIT extends MeetingConversationTest {

  private static final String MINUTES = "https://nhsscotland.sharepoint.com/sites/interface/";

  @Autowired MeetingSchedule schedule;

  private final ZonedDateTime meeting =
      ZonedDateTime.of(nextYear(), 1, 14, 13, 0, 0, 0, MeetingDates.UK);
  private String decided;
  private String waiting;

  /** Two issues on the January meeting's agenda, one decided; the clock two hours after it. */
  private void januaryMeetingHeld() {
    installInTeam();
    decided = accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    waiting = accepted("gp2", "Specials unavailable in community", "Prescribing");
    chair("theme Prescribing on 14 January " + nextYear());
    clock.advance(Duration.between(Instant.now(), meeting.plusHours(2).toInstant()));
    chair("outcome " + decided + " Pharmacy will check clinic letters weekly.");
  }

  private List<Sent> reminders() {
    return connector.sent().stream()
        .filter(s -> s.text().contains("haven't been shared yet"))
        .toList();
  }

  private String held() {
    return meeting.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK));
  }

  @Test
  void threeDaysAfterTheMeetingEachChairIsRemindedOnceAndHealthListsItUntilTheMinutesAreShared() {
    januaryMeetingHeld();
    schedule.remind();
    clock.advance(Duration.ofDays(2));
    schedule.remind();
    assertThat(chair("health")).doesNotContain("Minutes not shared");

    clock.advance(Duration.ofDays(1));
    schedule.remind();
    Sent told = awaitSent(s -> s.text().contains("haven't been shared yet"));
    schedule.remind();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    assertThat(told.conversationId()).isEqualTo(Activities.personalConversation("chair"));
    assertThat(told.text())
        .isEqualTo(
            "Needs your attention in Grampian Interface Group: the minutes of the prescribing"
                + " meeting on "
                + held()
                + " haven't been shared yet, and the reporter of **"
                + waiting
                + "** is waiting to hear its outcome. When they're ready, share them here with"
                + " `minutes https://… for 14/01/"
                + nextYear()
                + "`: I'll post them in the group's channel, send them to the networks and tell"
                + " each reporter. Type `health` to see everything that is stuck.");
    assertThat(reminders()).as("once, not at every run").hasSize(1);
    assertThat(chair("health"))
        .contains(
            "- Minutes not shared 3 days or more after the meeting (`minutes https://… for"
                + " <date>`): prescribing on "
                + held()
                + " (its reporter waits for the outcome of "
                + waiting
                + ")");

    say(
        activities.personalMessage(
            "chair", "Dr Ann Law", "minutes " + MINUTES + "jan.docx for 14/01/" + nextYear()));
    assertThat(chair("health")).doesNotContain("Minutes not shared");
    clock.advance(Duration.ofDays(7));
    schedule.remind();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(reminders()).hasSize(1);
  }

  @Test
  void minutesSharedWithinThreeDaysNeedNoReminder() {
    januaryMeetingHeld();
    chair("minutes " + MINUTES + "jan.docx");

    clock.advance(Duration.ofDays(4));
    schedule.remind();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    assertThat(reminders()).isEmpty();
    assertThat(chair("health")).doesNotContain("Minutes not shared");
  }

  /**
   * Where the tenant has another Interface Group, a 1:1 chat cannot tell which group a command is
   * for: the reminder sends the chair to the group's channel, where the command it gives works.
   */
  @Test
  void aChairInATenantWithAnotherGroupIsToldToShareTheMinutesInTheGroupsChannel() {
    januaryMeetingHeld();
    say(
        Activities.inTeam(
            activities.installInTeam("chair2"),
            "19:highland-interface@thread.tacv2",
            "Highland Interface Group"));
    clock.advance(Duration.ofDays(3));
    schedule.remind();

    Sent told = awaitSent(s -> s.text().contains("haven't been shared yet"));
    assertThat(told.conversationId()).isEqualTo(Activities.personalConversation("chair"));
    assertThat(told.text())
        .contains(
            "When they're ready, share them in the group's channel with `@Interface Bot minutes"
                + " https://… for 14/01/"
                + nextYear()
                + "`: I'll post them");
    assertThat(
            say(activities.personalMessage(
                    "chair",
                    "Dr Ann Law",
                    "minutes " + MINUTES + "jan.docx for 14/01/" + nextYear()))
                .get(0)
                .text())
        .as("1:1 cannot tell which group")
        .startsWith("Please use this command in the Interface Group's channel");
    assertThat(chair("minutes " + MINUTES + "jan.docx for 14/01/" + nextYear()))
        .startsWith("Shared the minutes of the prescribing meeting");
  }
}
