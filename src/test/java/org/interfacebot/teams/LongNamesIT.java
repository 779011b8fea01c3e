package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** Teams allows team names of up to 256 characters. */
class LongNamesIT extends BotConversationTest {

  private static final String TEAM_NAME = "Grampian Interface Group " + "x".repeat(231);

  @Test
  void aTeamWithTheLongestNameTeamsAllowsBecomesAGroupAndIsWelcomed() {
    assertThat(TEAM_NAME).hasSize(256);
    var install = activities.installInTeam("chair");
    ((ObjectNode) install.get("channelData").get("team")).put("name", TEAM_NAME);

    var welcome = say(install);

    assertThat(welcome).hasSize(1);
    assertThat(welcome.get(0).cardText())
        .contains("Interface Bot has joined Grampian Interface Group");
    assertThat(jdbc.queryForObject("select count(*) from interface_group", Integer.class)).isOne();
    assertThat(chair("chairs")).startsWith("Chairs of Grampian Interface Group xxx");

    var renamed = activities.botAddedToTeam("chair");
    renamed.remove("membersAdded");
    ((ObjectNode) renamed.get("channelData")).put("eventType", "teamRenamed");
    ((ObjectNode) renamed.get("channelData").get("team")).put("name", "Renamed " + TEAM_NAME);
    assertThat(post(renamed).status()).isLessThan(300);
    assertThat(chair("chairs")).startsWith("Chairs of Renamed Grampian Interface Group xxx");
  }
}
