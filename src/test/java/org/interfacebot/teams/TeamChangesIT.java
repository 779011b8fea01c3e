package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** What Teams tells the bot when the team it is in changes, as Teams sends it. */
class TeamChangesIT extends BotConversationTest {

  /** A conversationUpdate of the group's team with no one added or removed. */
  private ObjectNode teamEvent(String eventType) {
    var event = activities.botAddedToTeam("chair");
    event.remove("membersAdded");
    ((ObjectNode) event.get("channelData")).put("eventType", eventType);
    return event;
  }

  @Test
  void aRenamedTeamIsCalledByItsNewName() {
    installInTeam();
    var renamed = teamEvent("teamRenamed");
    ((ObjectNode) renamed.get("channelData").get("team"))
        .put("name", "Grampian Primary and Secondary Care Group");

    assertThat(say(renamed)).isEmpty();

    assertThat(chair("chairs"))
        .isEqualTo("Chairs of Grampian Primary and Secondary Care Group: Chair.");
    assertThat(chair("audit"))
        .startsWith("Audit trail of Grampian Primary and Secondary Care Group:");
    assertThat(jdbc.queryForObject("select name from interface_group", String.class))
        .isEqualTo("Grampian Primary and Secondary Care Group");
  }

  @Test
  void aTeamEventWithoutANameLeavesTheNameAsItWas() {
    installInTeam();
    var renamed = teamEvent("teamRenamed");
    ((ObjectNode) renamed.get("channelData").get("team")).remove("name");

    assertThat(say(renamed)).isEmpty();

    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");
  }
}
