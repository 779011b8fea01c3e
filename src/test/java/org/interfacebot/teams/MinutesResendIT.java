package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The minutes go out in several messages: a card to the group's channel, an outcome to each
 * reporter, a card to each network. When Teams refuses one of them, the delivery is tried again
 * (every second here) until it succeeds; the messages that had already gone out are not sent a
 * second time (SentMessages for the channel and the reporters, the posted card for a network).
 */
// The outage tests' own database: no other cached context acts as a further instance here.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class MinutesResendIT extends BotConversationTest {

  private static final String GP_TEAM = "19:team-gp-subgroup@thread.tacv2";
  private static final String PHARMACY_TEAM = "19:team-pharmacy@thread.tacv2";
  private static final Duration GENEROUS = Duration.ofMinutes(2);

  @Test
  void aRetriedDeliveryOfTheMinutesSendsNoSecondCopy() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("gp-lead"), GP_TEAM, "GP subgroup"));
    say(Activities.inTeam(activities.installInTeam("pharm-lead"), PHARMACY_TEAM, "Pharmacy"));
    inNetwork(GP_TEAM, "GP subgroup", "network add GP subgroup");
    inNetwork(PHARMACY_TEAM, "Pharmacy", "network add Pharmacy");
    var discussed = meetingHeldWithTwoOutcomes();
    String first = discussed.get(0);
    String second = discussed.get(1);

    // The second reporter's chat and the second network refuse everything for now.
    connector.down(Activities.personalConversation("gp2"));
    connector.down(PHARMACY_TEAM);
    shareMinutes();

    await()
        .atMost(GENEROUS)
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where listener_id like"
                        + " '%MeetingAnnouncements%' and completion_date is null"
                        + " and completion_attempts >= 3",
                    Integer.class),
            n -> n == 2);
    List<Sent> meanwhile = connector.sent();
    assertThat(meanwhile).filteredOn(this::minutesInChannel).hasSize(1);
    assertThat(meanwhile).filteredOn(outcomeTo("gp1", first)).hasSize(1);
    assertThat(meanwhile).filteredOn(minutesIn(GP_TEAM)).hasSize(1);
    assertThat(meanwhile).filteredOn(outcomeTo("gp2", second)).isEmpty();
    assertThat(meanwhile).filteredOn(minutesIn(PHARMACY_TEAM)).isEmpty();

    connector.up(Activities.personalConversation("gp2"));
    connector.up(PHARMACY_TEAM);
    awaitSent(outcomeTo("gp2", second), GENEROUS);
    awaitSent(minutesIn(PHARMACY_TEAM), GENEROUS);
    awaitEveryDeliveryMade(GENEROUS);
    // A few more resend rounds: nothing more goes out.
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);

    List<Sent> sent = connector.sent();
    assertThat(sent).filteredOn(this::minutesInChannel).as("minutes in the channel").hasSize(1);
    assertThat(sent).filteredOn(outcomeTo("gp1", first)).as("first reporter").hasSize(1);
    assertThat(sent).filteredOn(outcomeTo("gp2", second)).as("second reporter").hasSize(1);
    assertThat(sent).filteredOn(minutesIn(GP_TEAM)).as("GP subgroup").hasSize(1);
    assertThat(sent).filteredOn(minutesIn(PHARMACY_TEAM)).as("Pharmacy").hasSize(1);
    assertThat(sent.stream().filter(outcomeTo("gp2", second)).findFirst().orElseThrow().text())
        .contains(second + "** (Clinic letters arrive late): Letters go out within a week.");
  }

  /**
   * A reporter whose chat Teams refuses for good (403: they blocked the bot) does not hold up the
   * reporters after them, and the delivery is not tried again every 30 seconds for ever.
   */
  @Test
  void aReporterWhoBlockedTheBotDoesNotHoldUpTheOthers() {
    installInTeam();
    var discussed = meetingHeldWithTwoOutcomes();
    String first = discussed.get(0);
    String second = discussed.get(1);

    connector.refuse(Activities.personalConversation("gp1"), 403);
    shareMinutes();

    awaitSent(outcomeTo("gp2", second), GENEROUS);
    awaitEveryDeliveryMade(GENEROUS);
    assertThat(connector.sent()).filteredOn(this::minutesInChannel).hasSize(1);
    assertThat(connector.sent()).filteredOn(outcomeTo("gp1", first)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like"
                    + " '%MeetingAnnouncements%' and completion_date is null",
                Integer.class))
        .as("nothing left to try again")
        .isZero();
  }

  /**
   * A network whose team no longer has the bot (Teams answers 403) is not sent the minutes again
   * every 30 seconds for ever: the delivery is done, with a warning in the log.
   */
  @Test
  void aNetworkThatRemovedTheBotIsNotTriedAgain() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("pharm-lead"), PHARMACY_TEAM, "Pharmacy"));
    inNetwork(PHARMACY_TEAM, "Pharmacy", "network add Pharmacy");
    meetingHeld();
    awaitEveryDeliveryMade(GENEROUS);
    connector.clear();

    connector.refuse(PHARMACY_TEAM, 403);
    shareMinutes();

    awaitSent(this::minutesInChannel, GENEROUS);
    awaitEveryDeliveryMade(GENEROUS);
    assertThat(connector.sent()).filteredOn(minutesIn(PHARMACY_TEAM)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select completion_attempts from event_publication"
                    + " where listener_id like '%(org.interfacebot.meetings.MinutesCascaded)'",
                Integer.class))
        .as("tried once")
        .isEqualTo(1);
  }

  /**
   * Two issues raised by gp1 and gp2, discussed at the prescribing meeting, which has taken place,
   * each with its outcome; every delivery so far made and forgotten. Returns their references.
   */
  private List<String> meetingHeldWithTwoOutcomes() {
    String first = raise("gp1", "Dr gp1", "Repeat prescriptions not updated", "Prescribing");
    String second = raise("gp2", "Dr gp2", "Clinic letters arrive late", "Prescribing");
    chair("close " + first + " discuss");
    chair("close " + second + " discuss");
    meetingHeld();
    chair("outcome " + first + " Clinic letters will list changes.");
    chair("outcome " + second + " Letters go out within a week.");
    awaitEveryDeliveryMade(GENEROUS);
    connector.clear();
    return List.of(first, second);
  }

  /** The prescribing meeting, in the past. */
  private void meetingHeld() {
    chair("theme Prescribing on 14 January " + (YEAR + 1));
    // The meeting has taken place: moved in the database, not with the test clock (with the clock
    // a year ahead, failed deliveries were seen not to be resent).
    jdbc.update(
        "update meeting set starts_at = ?",
        java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
  }

  private void shareMinutes() {
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx");
  }

  private void inNetwork(String team, String teamName, String command) {
    say(
        Activities.inTeam(
            activities.channelMention("chair", "Dr Ann Law", command), team, teamName));
  }

  private boolean minutesInChannel(Sent s) {
    return s.conversationId().equals(Activities.CHANNEL)
        && s.cardText().contains("Minutes: Prescribing meeting");
  }

  private static Predicate<Sent> minutesIn(String team) {
    return s -> s.conversationId().equals(team) && s.cardText().contains("Minutes: Prescribing");
  }

  private static Predicate<Sent> outcomeTo(String user, String reference) {
    return s ->
        s.conversationId().equals(Activities.personalConversation(user))
            && s.text().startsWith("The minutes of the group's prescribing meeting are out.")
            && s.text().contains("**" + reference + "**");
  }
}
