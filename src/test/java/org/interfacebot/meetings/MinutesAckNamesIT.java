package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** Who acknowledged minutes when Teams left their name out: no name is stored in its place. */
class MinutesAckNamesIT extends BotConversationTest {

  private static final String GP_TEAM = "19:team-gp-subgroup@thread.tacv2";

  @Test
  void anUnnamedAcknowledgerIsStoredWithoutANameAndShownByTheNameLearntLater() {
    long meetingId = minutesSentToTheGpSubgroup();

    ObjectNode unnamed =
        activities.invoke(
            Activities.CHANNEL,
            "channel",
            "net-nurse",
            null,
            "minutes.ack",
            Activities.data().put("meeting", meetingId));
    ((ObjectNode) unnamed.get("from")).remove("name");
    assertThat(post(Activities.inTeam(unnamed, GP_TEAM, "GP subgroup")).status()).isEqualTo(200);

    assertThat(jdbc.queryForMap("select acknowledged_by, acknowledged_by_key from minutes_ack"))
        .containsEntry("acknowledged_by", null)
        .containsEntry("acknowledged_by_key", "aad-net-nurse");
    assertThat(chair("minutes status"))
        .contains("- GP subgroup: acknowledged by a colleague whose name Teams did not give")
        .doesNotContain("A colleague");

    // Their next message in the network's channel gives their name.
    say(
        Activities.inTeam(
            activities.channelMention("net-nurse", "Nurse Ellen Ross", "help"),
            GP_TEAM,
            "GP subgroup"));

    assertThat(chair("minutes status")).contains("- GP subgroup: acknowledged by Nurse Ellen Ross");
    assertThat(jdbc.queryForObject("select acknowledged_by from minutes_ack", String.class))
        .isNull();
  }

  /**
   * The reply in the network's channel names who acknowledged the minutes; once they ask to be
   * forgotten it is shown again without them.
   */
  @Test
  void theAcknowledgementReplyLeavesOutAnAcknowledgerWhoIsForgotten() {
    long meetingId = minutesSentToTheGpSubgroup();
    var reply =
        say(Activities.inTeam(
                activities.invoke(
                    Activities.CHANNEL,
                    "channel",
                    "net-nurse",
                    "Nurse Ellen Ross",
                    "minutes.ack",
                    Activities.data().put("meeting", meetingId)),
                GP_TEAM,
                "GP subgroup"))
            .get(0);
    assertThat(reply.text())
        .isEqualTo("Nurse Ellen Ross acknowledged the minutes for GP subgroup.");

    say(activities.personalMessage("net-nurse", "Nurse Ellen Ross", "forget me"));
    say(activities.personalMessage("net-nurse", "Nurse Ellen Ross", "yes"));

    var shownAgain =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(reply.activityId()));
    assertThat(shownAgain.conversationId()).isEqualTo(reply.conversationId());
    assertThat(shownAgain.text())
        .isEqualTo(
            "Someone who has since asked to be forgotten acknowledged the minutes for GP"
                + " subgroup.");
  }

  /** The GP subgroup is a network; a Prescribing meeting took place and its minutes went out. */
  private long minutesSentToTheGpSubgroup() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("gp-lead"), GP_TEAM, "GP subgroup"));
    say(
        Activities.inTeam(
            activities.channelMention("chair", "chair", "network add GP subgroup"),
            GP_TEAM,
            "GP subgroup"));
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
    awaitSent(
        s ->
            s.conversationId().equals(GP_TEAM)
                && s.cardText().contains("Minutes: Prescribing meeting"));
    return jdbc.queryForObject("select id from meeting", Long.class);
  }
}
