package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

/**
 * The bot removed from a group's team (a team owner uninstalls it, or the team is deleted): what a
 * clinician raising an issue meets, and the bot added back.
 */
class RemovedFromTheTeamIT extends BotConversationTest {

  private static final String NOWHERE =
      "I'm not installed in an Interface Group's team yet, so there is nowhere to raise an issue."
          + " Please ask your group's chair to add me to the group's team.";

  private static final String SECOND_TEAM = "19:team-highland@thread.tacv2";

  /** What Teams sends when a team owner removes the app from the team. */
  private ObjectNode uninstalled() {
    var remove = activities.installInTeam("chair");
    remove.put("action", "remove");
    return remove;
  }

  /** The conversationUpdate Teams sends with it: the bot is the member removed. */
  private ObjectNode botRemovedFrom(String teamId, String teamName) {
    var removed = activities.botAddedToTeam("chair");
    removed.remove("membersAdded");
    removed.putArray("membersRemoved").addObject().put("id", Activities.BOT);
    ((ObjectNode) removed.get("channelData")).put("eventType", "teamMemberRemoved");
    return Activities.inTeam(removed, teamId, teamName);
  }

  private ObjectNode teamEvent(String eventType) {
    var event = activities.botAddedToTeam("chair");
    event.remove("membersAdded");
    ((ObjectNode) event.get("channelData")).put("eventType", eventType);
    return event;
  }

  private List<String> gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text)).stream()
        .map(FakeBotConnector.Sent::text)
        .toList();
  }

  @Test
  void anIssueIsNotRaisedWithAGroupWhoseTeamTheBotWasRemovedFromUntilItIsAddedBack() {
    installInTeam();

    assertThat(say(uninstalled())).isEmpty();

    assertThat(gp1("raise")).containsExactly(NOWHERE);
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();

    var back = say(activities.installInTeam("member1"));
    assertThat(back).hasSize(1);
    assertThat(back.get(0).cardText())
        .contains("Interface Bot has joined Grampian Interface Group")
        .doesNotContain("first chair");
    assertThat(gp1("raise").get(0)).startsWith("Let's raise an interface issue");
    assertThat(jdbc.queryForList("select person_key from group_chair", String.class))
        .containsExactly("aad-chair");
  }

  @Test
  void withTheBotRemovedFromOneOfTwoTeamsIssuesGoToTheOtherWithoutAsking() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("chair"), SECOND_TEAM, "Highland Group"));
    connector.clear();

    assertThat(say(botRemovedFrom(Activities.TEAM, "Grampian Interface Group"))).isEmpty();

    var raise = say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    assertThat(raise).hasSize(2);
    assertThat(raise.get(1).text()).startsWith("**What happened?**");
    assertThat(raise.get(1).text() + raise.get(1).cardText()).doesNotContain("Grampian");
  }

  @Test
  void aDeletedTeamTakesNoIssuesAndARestoredOneDoesAgain() {
    installInTeam();

    say(teamEvent("teamDeleted"));
    assertThat(gp1("raise")).containsExactly(NOWHERE);

    say(teamEvent("teamRestored"));
    assertThat(gp1("raise").get(0)).startsWith("Let's raise an interface issue");
  }

  /**
   * Added back from another channel, the bot posts there from then on; a vote on a triage card
   * posted before, in the channel it was in, still updates that card where it is.
   */
  @Test
  void addedBackFromAnotherChannelItKeepsUpdatingTheCardsPostedBefore() {
    String reference = raiseOne();
    String triage = "19:triage-channel@thread.tacv2";
    say(uninstalled());
    var back = activities.installInTeam("chair");
    ((ObjectNode) back.get("conversation")).put("id", triage);
    ((ObjectNode) back.get("channelData"))
        .putObject("settings")
        .putObject("selectedChannel")
        .put("id", triage);
    say(back);
    connector.clear();

    vote("member1", reference, "discuss");

    var updated = awaitSent(s -> s.method().equals("PUT") && s.cardText().contains(reference));
    assertThat(updated.conversationId()).isEqualTo(Activities.CHANNEL);
  }
}
