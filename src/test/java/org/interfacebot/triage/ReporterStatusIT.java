package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** A reporter who is not a member of the group reads their issue's status in 1:1. */
class ReporterStatusIT extends BotConversationTest {

  @Test
  void aReporterOutsideTheGroupIsNotToldToVoteToSeeTheResults() {
    installInTeam();
    String reference =
        raise("outsider1", "Dr Pat Out", "Results sent to the wrong GP", "Test results");
    vote("member1", reference, "refer");

    String reporters =
        say(activities.personalMessage("outsider1", "Dr Pat Out", "status " + reference))
            .get(0)
            .cardText();
    String members =
        say(activities.personalMessage("member2", "Member Two", "status " + reference))
            .get(0)
            .cardText();

    assertThat(reporters)
        .contains(
            "Votes so far: 1",
            "The group's members see the results once they have voted; you will see them here"
                + " when the vote closes.")
        .doesNotContain("once you have voted", "Refer to operational group: 1");
    assertThat(members).contains("Votes so far: 1", "Results are shown once you have voted.");
  }
}
