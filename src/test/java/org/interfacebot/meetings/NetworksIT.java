package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class NetworksIT extends BotConversationTest {

  private static final String GP_TEAM = "19:team-gp-subgroup@thread.tacv2";

  private String inNetwork(String user, String command) {
    return say(Activities.inTeam(
            activities.channelMention(user, user, command), GP_TEAM, "GP subgroup"))
        .get(0)
        .text();
  }

  private void networkInstalled() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("gp-lead"), GP_TEAM, "GP subgroup"));
  }

  @Test
  void aChairOfTheGroupRegistersANetworkInItsChannel() {
    networkInstalled();

    assertThat(inNetwork("member1", "network add GP subgroup"))
        .contains("Only a chair of the group can add a network");
    assertThat(inNetwork("chair", "network add GP subgroup"))
        .isEqualTo(
            "This channel is now the GP subgroup network: it will get the minutes of Grampian Interface Group.");
    assertThat(chair("networks"))
        .isEqualTo("The minutes of Grampian Interface Group go to: GP subgroup.");

    var raise = say(activities.personalMessage("gp1", "Dr gp1", "raise"));
    assertThat(raise).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
  }

  @Test
  void aChairWhoSaysNetworkAddInTheGroupsOwnChannelIsToldWhereToSayIt() {
    networkInstalled();

    assertThat(chair("network add GP subgroup"))
        .isEqualTo(
            "This is Grampian Interface Group's own channel, which gets its minutes already. To"
                + " send them to a network too, add me to the network's team and say `network add"
                + " <name>` in that team's channel.");
    assertThat(
            say(activities.channelMention("member1", "m", "network add GP subgroup")).get(0).text())
        .contains("Only a chair of the group can add a network");
    assertThat(jdbc.queryForObject("select count(*) from network", Integer.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from interface_group where network", Integer.class))
        .isZero();
    assertThat(chair("networks")).startsWith("No networks yet.");
  }

  @Test
  void minutesCascadeToEveryNetworkOnceAndNetworksAcknowledge() {
    networkInstalled();
    inNetwork("chair", "network add GP subgroup");
    String reference = raise("gp1", "Dr gp1", "Repeat prescriptions not updated", "Prescribing");
    chair("close " + reference + " discuss");
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    chair("outcome " + reference + " Clinic letters will list changes.");

    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx");

    Sent toNetwork =
        awaitSent(
            s ->
                s.conversationId().equals(GP_TEAM)
                    && s.cardText().contains("Minutes: Prescribing meeting"));
    assertThat(toNetwork.cardText())
        .contains(
            reference + ": Repeat prescriptions not updated: Clinic letters will list changes.",
            "[Acknowledge]");
    awaitSent(
        s ->
            s.conversationId().equals(Activities.CHANNEL)
                && s.cardText().contains("Minutes: Prescribing meeting"));
    assertThat(chair("minutes status")).contains("- GP subgroup: not yet acknowledged");

    long meetingId = jdbc.queryForObject("select id from meeting", Long.class);
    var ack = post(acknowledgement(Activities.data().put("meeting", meetingId)));
    assertThat(ack.status()).isEqualTo(200);
    assertThat(chair("minutes status")).contains("- GP subgroup: acknowledged by Dr GP Lead");

    var fromGroup =
        clickInChannel("member1", "minutes.ack", Activities.data().put("meeting", meetingId));
    assertThat(CardText.of(fromGroup.json().path("value")))
        .contains("Only a network's channel can acknowledge minutes.");
    assertThat(
            connector.sent().stream()
                .filter(
                    s -> s.conversationId().equals(GP_TEAM) && s.cardText().contains("Minutes:"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void minutesStatusReportsTheMinutesSharedLastEvenForAnEarlierMeeting() {
    networkInstalled();
    inNetwork("chair", "network add GP subgroup");
    int year = YEAR + 1;
    chair("theme Referrals on 14 January " + year);
    chair("theme Prescribing on 21 January " + year);
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(year, 1, 21, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    assertThat(chair("minutes status")).isEqualTo("No minutes have been shared yet.");

    assertThat(
            chair(
                "minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx for 14/01/"
                    + year))
        .startsWith("Shared the minutes of the referrals meeting");
    awaitSent(
        s ->
            s.conversationId().equals(Activities.CHANNEL)
                && s.cardText().contains("Minutes: Referrals meeting"));

    assertThat(chair("minutes status"))
        .isEqualTo(
            "Minutes of the referrals meeting on Thursday 14 January "
                + year
                + " at 13:00:\n\n- GP subgroup: not yet acknowledged");
  }

  /** Dr GP Lead presses Acknowledge on a minutes card with this data, in the network's channel. */
  private com.fasterxml.jackson.databind.node.ObjectNode acknowledgement(
      com.fasterxml.jackson.databind.JsonNode data) {
    return Activities.inTeam(
        activities.invoke(
            Activities.CHANNEL,
            "channel",
            "gp-lead",
            "Dr GP Lead",
            "minutes.ack",
            (com.fasterxml.jackson.databind.node.ObjectNode) data.deepCopy()),
        GP_TEAM,
        "GP subgroup");
  }

  /** What the network's channel is told when Dr GP Lead acknowledges the minutes. */
  private String acknowledgeInNetwork(long meetingId) {
    return say(acknowledgement(Activities.data().put("meeting", meetingId))).get(0).text();
  }

  /** The answer to Dr GP Lead's press of Acknowledge on a card with this data. */
  private String clickIn(com.fasterxml.jackson.databind.JsonNode data) {
    return post(acknowledgement(data)).body();
  }

  @Test
  void correctedMinutesReachTheNetworksAndAwaitANewAcknowledgement() {
    networkInstalled();
    inNetwork("chair", "network add GP subgroup");
    int year = YEAR + 1;
    chair("theme Prescribing on 14 January " + year);
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/wrong.docx");
    Sent wrong =
        awaitSent(s -> s.conversationId().equals(GP_TEAM) && s.card().toString().contains("wrong"));
    long meetingId = jdbc.queryForObject("select id from meeting", Long.class);
    assertThat(acknowledgeInNetwork(meetingId))
        .contains("Dr GP Lead acknowledged the minutes for GP subgroup.");

    assertThat(chair("minutes https://nhsscotland.sharepoint.com/sites/interface/right.docx"))
        .startsWith("Shared the minutes of the prescribing meeting");

    awaitSent(s -> s.conversationId().equals(GP_TEAM) && s.card().toString().contains("right"));
    assertThat(chair("minutes status"))
        .isEqualTo(
            "Minutes of the prescribing meeting on Thursday 14 January "
                + year
                + " at 13:00:\n\n- GP subgroup: not yet acknowledged");
    // Acknowledge pressed on the card of the wrong minutes does not count for the right ones.
    var onOldCard =
        clickIn(
            wrong.card().findParents("verb").stream()
                .filter(a -> a.path("verb").asText().equals("minutes.ack"))
                .findFirst()
                .orElseThrow()
                .path("data"));
    assertThat(onOldCard).contains("corrected and shared again");
    assertThat(chair("minutes status")).contains("- GP subgroup: not yet acknowledged");
    assertThat(acknowledgeInNetwork(meetingId))
        .contains("Dr GP Lead acknowledged the minutes for GP subgroup.");
    assertThat(acknowledgeInNetwork(meetingId)).contains("had already acknowledged these minutes");
    assertThat(chair("minutes status")).contains("- GP subgroup: acknowledged by Dr GP Lead");
  }

  @Test
  void anotherInterfaceGroupOfTheTenantCannotBeMadeANetwork() {
    installInTeam();
    String highland = "19:team-highland-interface@thread.tacv2";
    say(Activities.inTeam(activities.installInTeam("chair-h"), highland, "Highland Interface"));
    say(
        Activities.inTeam(
            activities.channelMention(
                "chair-h", "Dr Hugh Ross", "theme Referrals on 14 January " + (YEAR + 1)),
            highland,
            "Highland Interface"));

    assertThat(
            say(Activities.inTeam(
                    activities.channelMention("chair", "Dr Ann Law", "network add GP subgroup"),
                    highland,
                    "Highland Interface"))
                .get(0)
                .text())
        .isEqualTo(
            "This is the channel of Highland Interface, an Interface Group with issues, meetings or"
                + " networks of its own, so I've not made it a network: it would stop working as a"
                + " group. Say `network add <name>` in a network's own team channel.");
    assertThat(jdbc.queryForObject("select count(*) from network", Integer.class)).isZero();
    assertThat(
            jdbc.queryForList(
                "select network from interface_group where team_id = ?", Boolean.class, highland))
        .containsExactly(false);
  }

  @Test
  void aChairOfAnotherGroupCannotTakeOverAGroupsNetwork() {
    networkInstalled();
    inNetwork("chair", "network add GP subgroup");
    String highland = "19:team-highland-interface@thread.tacv2";
    say(Activities.inTeam(activities.installInTeam("chair-h"), highland, "Highland Interface"));

    assertThat(inNetwork("chair-h", "network add GP primary care"))
        .isEqualTo(
            "This channel is already the GP subgroup network of Grampian Interface Group and gets"
                + " that group's minutes; a channel can be the network of one Interface Group"
                + " only, so nothing was changed. A chair of Grampian Interface Group can tell you"
                + " more.");
    assertThat(
            jdbc.queryForMap(
                "select n.name, g.team_id from network n join interface_group g"
                    + " on g.id = n.group_id"))
        .containsEntry("NAME", "GP subgroup")
        .containsEntry("TEAM_ID", Activities.TEAM);
  }

  @Test
  void aNetworkAddedAfterTheMinutesWereSharedIsNotAwaitedForThem() {
    networkInstalled();
    int year = YEAR + 1;
    chair("theme Referrals on 14 January " + year);
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    chair("minutes https://nhsscotland.sharepoint.com/sites/interface/m.docx");
    awaitSent(
        s ->
            s.conversationId().equals(Activities.CHANNEL)
                && s.cardText().contains("Minutes: Referrals meeting"));

    inNetwork("chair", "network add GP subgroup");

    assertThat(chair("minutes status"))
        .isEqualTo(
            "Minutes of the referrals meeting on Thursday 14 January "
                + year
                + " at 13:00:\n\n- GP subgroup: added since these minutes were"
                + " shared; it will get the next minutes");
  }
}
