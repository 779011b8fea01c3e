package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class SettingsIT extends BotConversationTest {

  @Test
  void aQuorumLargerThanTheGroupIsKeptButTheChairIsWarnedThatNoVoteCanReachIt() {
    connector.roster(List.of("chair", "gp1", "gp2", "gp3", "gp4", "gp5"));
    installInTeam();

    assertThat(chair("settings quorum 50"))
        .startsWith("Done. Triage votes stay open for 7 days and need 50 votes for a decision;")
        .contains(
            "I know of 6 members in this group, so no vote can reach a quorum of 50 until more"
                + " people join. Until then every vote will end without a quorum and go to the"
                + " chairs to decide.");
    assertThat(jdbc.queryForObject("select quorum from interface_group", Integer.class))
        .isEqualTo(50);
    assertThat(chair("settings quorum 6")).doesNotContain("I know of");
  }
}
