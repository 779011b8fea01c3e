package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

/**
 * A co-chair appointed, voting, then removed from the group's team mid-vote (they moved to another
 * board): what they can still do from their 1:1 chat, and what the channel and the chairs see.
 */
class ChairLeavesTeamJourneyIT extends BotConversationTest {

  private String member1(String text) {
    return say(activities.personalMessage("member1", "Dr Co Chair", text)).get(0).text();
  }

  private void removedFromTheTeam(String user) {
    var removed = activities.botAddedToTeam("chair");
    removed.remove("membersAdded");
    removed
        .putArray("membersRemoved")
        .addObject()
        .put("id", "29:" + user)
        .put("aadObjectId", "aad-" + user);
    post(removed);
    connector.roster(
        FakeBotConnector.defaultRoster().stream().filter(id -> !id.equals(user)).toList());
  }

  @Test
  void aChairRemovedFromTheTeamNoLongerChairsItAndTheChannelIsTold() {
    String reference = raiseOne();
    say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member1", "Dr Co Chair"));
    vote("member1", reference, "discuss");
    assertThat(member1("chairs")).contains("Chair, member1");

    removedFromTheTeam("member1");

    assertThat(awaitSent(s -> s.text().contains("removed from the team")).text())
        .isEqualTo(
            "One of this group's chairs has been removed from the team, so they are no longer a"
                + " chair here. Type `@Interface Bot chairs` to see who chairs the group now.");
    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");
    assertThat(member1("export")).doesNotContain("download the export");
    assertThat(member1("audit " + reference)).doesNotContain("raised the issue");
    assertThat(member1("close " + reference + " decline Not ours at all."))
        .contains("Only a chair");
    assertThat(status(reference)).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(
            connector.sent().stream()
                .filter(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
                .filter(s -> s.text().contains("Not ours")))
        .isEmpty();
    assertThat(chair("audit")).contains("Interface Bot removed Dr Co Chair as a chair");

    assertThat(chair("close " + reference + " discuss"))
        .startsWith("Closed the vote on " + reference + ": Discuss at group.");
  }

  /**
   * Teams' teamMemberRemoved names each person removed by their Teams user id alone, without their
   * Entra object id, which is what the bot knows chairs and members by.
   */
  @Test
  void aChairAndAMemberTeamsNamesByTheirTeamsIdAloneAreTakenOffWhenRemovedFromTheTeam() {
    installInTeam();
    say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member1", "Dr Co Chair"));
    var removed = activities.botAddedToTeam("chair");
    removed.remove("membersAdded");
    var people = removed.putArray("membersRemoved");
    people.addObject().put("id", "29:member1");
    people.addObject().put("id", "29:member2");
    ((com.fasterxml.jackson.databind.node.ObjectNode) removed.get("channelData"))
        .put("eventType", "teamMemberRemoved");

    post(removed);

    assertThat(awaitSent(s -> s.text().contains("removed from the team")).conversationId())
        .isEqualTo(Activities.CHANNEL);
    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");
    assertThat(
            jdbc.queryForList(
                "select person_key from group_member where person_key in ('aad-member1',"
                    + " 'aad-member2')",
                String.class))
        .isEmpty();
    assertThat(member1("export")).doesNotContain("download the export");
  }

  /**
   * The group's only chair leaves the team: members asking who chairs it are told how to get a
   * chair, and a team owner who removes the app and adds it back becomes the chair.
   */
  @Test
  void aGroupWhoseOnlyChairLeftTheTeamIsToldHowToGetOneAndGetsOneThatWay() {
    installInTeam();
    removedFromTheTeam("chair");
    awaitSent(s -> s.text().contains("removed from the team"));

    assertThat(say(activities.channelMention("member2", "Dr Una Moir", "chairs")).get(0).text())
        .isEqualTo(
            "Grampian Interface Group has no chairs yet. To give it one, a team owner removes"
                + " Interface Bot from the team (Manage team, Apps) and adds it again: whoever adds"
                + " it becomes the group's chair.");

    var uninstall = activities.installInTeam("member2");
    uninstall.put("action", "remove");
    post(uninstall);
    var welcome = say(activities.installInTeam("member2"));

    assertThat(welcome.get(0).cardText()).contains("so they now chair it");
    assertThat(say(activities.channelMention("member2", "Dr Una Moir", "chairs")).get(0).text())
        .startsWith("Chairs of Grampian Interface Group: ");
    assertThat(jdbc.queryForList("select person_key from group_chair", String.class))
        .containsExactly("aad-member2");
  }
}
