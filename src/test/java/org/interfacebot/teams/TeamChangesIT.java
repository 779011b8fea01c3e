package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.Activities;
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

  private static final String TRIAGE = "19:triage-channel@thread.tacv2";

  /** The bot added to the team from its Triage channel, as a chair may choose when adding it. */
  private void installInTriageChannel() {
    var install = activities.installInTeam("chair");
    ((ObjectNode) install.get("conversation")).put("id", TRIAGE);
    ((ObjectNode) install.get("channelData").get("channel"))
        .put("id", TRIAGE)
        .put("name", "Triage");
    say(install);
    connector.clear();
  }

  private ObjectNode channelDeleted(String channelId, String name) {
    var deleted = teamEvent("channelDeleted");
    ((ObjectNode) deleted.get("channelData").get("channel")).put("id", channelId).put("name", name);
    return deleted;
  }

  private String raiseAndAwaitItsCard(String user, String title) {
    String reference = raise(user, "Dr " + user, title, "Test results");
    awaitSent(s -> s.method().equals("POST") && s.hasCard() && s.cardText().contains(reference));
    return reference;
  }

  private String channelOfCard(String reference) {
    return connector.sent().stream()
        .filter(s -> s.method().equals("POST") && s.hasCard() && s.cardText().contains(reference))
        .findFirst()
        .orElseThrow()
        .conversationId();
  }

  @Test
  void whenTheChannelTheBotPostsInIsDeletedItPostsInGeneralAndSaysSo() {
    installInTriageChannel();
    String first = raiseAndAwaitItsCard("gp1", "Results sent to the wrong GP");
    assertThat(channelOfCard(first)).isEqualTo(TRIAGE);

    var told = say(channelDeleted(TRIAGE, "Triage"));

    assertThat(told).hasSize(1);
    assertThat(told.get(0).conversationId()).isEqualTo(Activities.TEAM);
    assertThat(told.get(0).text())
        .isEqualTo(
            "The channel where I posted this team's cards and announcements has been deleted, so"
                + " I'll post them here, in the team's General channel, from now on.");
    String second = raiseAndAwaitItsCard("gp2", "Discharge letters without medication changes");
    assertThat(channelOfCard(second)).isEqualTo(Activities.TEAM);
    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");
  }

  @Test
  void anotherChannelDeletedChangesNothingAndIsNotMentioned() {
    installInTriageChannel();

    assertThat(say(channelDeleted("19:social@thread.tacv2", "Social"))).isEmpty();

    String reference = raiseAndAwaitItsCard("gp1", "Results sent to the wrong GP");
    assertThat(channelOfCard(reference)).isEqualTo(TRIAGE);
  }
}
