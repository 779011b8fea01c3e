package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** {@code my data} reads as a person would say it: "none", never "0" or "none; and 1 ...". */
class MyDataWordingIT extends BotConversationTest {

  @Test
  void votesCastOnlyInAnonymousGroupsAreCountedNotCalledNone() {
    installInTeam();
    chair("settings anonymous on");
    String issue = raise("gp3", "Dr Eve Hill", "Referrals bounced without reason", "Referrals");
    vote("gp4", issue, "refer");

    assertThat(say(activities.personalMessage("gp4", "Dr Jo Reid", "my data")).get(0).text())
        .contains(
            "**Votes:** 1 in groups that vote anonymously (only the count: nobody, me included,"
                + " can tell which choice was yours)")
        .doesNotContain("none; and");
  }
}
