package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A network's team (GP subgroup) gets the group's minutes but is not an Interface Group: the
 * group's commands typed in its channel are not answered for a group of its own, with no issues,
 * chairs or settings, but with where to type them.
 */
class NetworkChannelIT extends BotConversationTest {

  private static final String GP_TEAM = "19:team-gp-subgroup@thread.tacv2";
  private static final String WHICH_GROUP =
      "Please use this command in the Interface Group's channel, so I know which group you mean.";

  private static final String LINK =
      "https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx";

  private Sent inNetwork(String user, String command) {
    return say(Activities.inTeam(
            activities.channelMention(user, user, command), GP_TEAM, "GP subgroup"))
        .get(0);
  }

  @Test
  void theGroupsCommandsInANetworksChannelSayWhereToTypeThemAndChangeNothing() {
    installInTeam();
    // The network's lead installs the bot in the network's team, then the group's chair adds it.
    say(Activities.inTeam(activities.installInTeam("gp-lead"), GP_TEAM, "GP subgroup"));
    assertThat(inNetwork("chair", "network add GP subgroup").text())
        .startsWith("This channel is now the GP subgroup network");
    raise("gp1", "Dr gp1", "Repeat prescriptions not updated", "Prescribing");
    var before = jdbc.queryForList("select * from interface_group order by id");

    Sent stats = inNetwork("member1", "stats");
    assertThat(stats.hasCard()).as("no statistics of a group with no issues").isFalse();
    assertThat(stats.text()).isEqualTo(WHICH_GROUP);
    for (String typed : List.of("settings", "settings quorum 1", "chairs", "health")) {
      assertThat(inNetwork("gp-lead", typed).text()).as(typed).isEqualTo(WHICH_GROUP);
    }
    assertThat(inNetwork("gp-lead", "sense-check Discharge letters " + LINK).text())
        .isEqualTo(
            "Please use `sense-check` in the Interface Group's channel, so I know which group you"
                + " mean.");
    assertThat(jdbc.queryForObject("select count(*) from consultation", Integer.class)).isZero();
    assertThat(jdbc.queryForList("select * from interface_group order by id")).isEqualTo(before);

    // In the group's own channel all is as before.
    assertThat(say(activities.channelMention("member1", "m", "stats")).get(0).cardText())
        .contains("Issues raised: 1");
  }
}
