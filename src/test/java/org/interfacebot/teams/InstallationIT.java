package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class InstallationIT extends BotConversationTest {

  @Test
  void installingInATeamMakesItAGroupAndPostsAWelcomeCard() {
    var replies = say(activities.installInTeam("chair"));

    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).conversationId()).isEqualTo(Activities.CHANNEL);
    assertThat(replies.get(0).cardText())
        .contains("Interface Bot has joined Grampian Interface Group", "types **raise**");
    assertThat(jdbc.queryForMap("select team_id, tenant_id, name from interface_group"))
        .containsEntry("TEAM_ID", Activities.TEAM)
        .containsEntry("TENANT_ID", Activities.TENANT)
        .containsEntry("NAME", "Grampian Interface Group");
    assertThat(
            jdbc.queryForObject(
                "select reference_json from conversation_reference where ref_key = ?",
                String.class,
                "channel:" + Activities.TEAM))
        .contains(Activities.CHANNEL, connector.serviceUrl());
  }

  @Test
  void installEventsArrivingAtTheSameTimeAreBothAccepted() throws Exception {
    var install =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> post(activities.installInTeam("chair")));
    var added =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> post(activities.botAddedToTeam("chair")));

    assertThat(install.get().status()).isLessThan(300);
    assertThat(added.get().status()).isLessThan(300);
    assertThat(jdbc.queryForObject("select count(*) from conversation_reference", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aPersonInstallingTheBotIsGreetedOnceInTheir1to1Chat() {
    var first = say(activities.personalInstall("gp1", "Dr Morag Fraser"));
    var again = say(activities.personalInstall("gp1", "Dr Morag Fraser"));

    assertThat(first.get(0).text()).startsWith("Hello, I'm Interface Bot.");
    assertThat(again).isEmpty();
  }

  @Test
  void theInstallEventsTeamsSendsTogetherWelcomeOnce() {
    say(activities.installInTeam("chair"));
    var again = say(activities.botAddedToTeam("chair"));

    assertThat(again).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from interface_group", Integer.class))
        .isEqualTo(1);
  }

  /**
   * A team owner adding the app picks the channel it works in; Teams names it in the install
   * event's settings.selectedChannel (and as the conversation), while channelData.channel is the
   * team's General channel.
   */
  @Test
  void theBotPostsInTheChannelChosenWhenItWasAdded() {
    String triage = "19:triage-channel@thread.tacv2";
    var install = activities.installInTeam("chair");
    ((ObjectNode) install.get("conversation")).put("id", triage);
    ((ObjectNode) install.get("channelData"))
        .putObject("settings")
        .putObject("selectedChannel")
        .put("id", triage);

    var welcome = say(install);
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    assertThat(welcome.get(0).conversationId()).isEqualTo(triage);
    assertThat(
            awaitSent(
                    s ->
                        s.method().equals("POST")
                            && s.hasCard()
                            && s.cardText().contains(reference))
                .conversationId())
        .isEqualTo(triage);
  }
}
