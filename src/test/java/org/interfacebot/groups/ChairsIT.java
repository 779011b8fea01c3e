package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

class ChairsIT extends BotConversationTest {

  /** {@code chair <action> @person}, said in the channel by the user, mentioning the person. */
  private String chairCommand(String user, String name, String action, String person, String as) {
    return say(activities.channelMentionOf(user, name, "chair " + action, person, as))
        .get(0)
        .text();
  }

  private String inChannel(String user, String name, String command) {
    return say(activities.channelMention(user, name, command)).get(0).text();
  }

  private int chairRows() {
    return jdbc.queryForObject("select count(*) from group_chair", Integer.class);
  }

  @Test
  void theLastChairCannotRemoveThemselvesUntilAnotherIsAppointed() {
    installInTeam();

    assertThat(chairCommand("chair", "Dr Morag Fraser", "remove", "chair", "Dr Morag Fraser"))
        .isEqualTo(
            "Dr Morag Fraser is the only chair of Grampian Interface Group, so I can't remove"
                + " them: the group would have no one to appoint chairs. Appoint another chair"
                + " first (`chair add @person`), then try again.");
    assertThat(chairRows()).isEqualTo(1);
    assertThat(inChannel("chair", "Dr Morag Fraser", "chairs"))
        .isEqualTo("Chairs of Grampian Interface Group: Chair.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'CHAIR_REMOVED'", Integer.class))
        .isZero();

    inChannel("member2", "Ann Law", "chairs");
    assertThat(chairCommand("chair", "Dr Morag Fraser", "add", "member2", "Ann Law"))
        .isEqualTo("Ann Law is now a chair of Grampian Interface Group.");
    assertThat(chairCommand("chair", "Dr Morag Fraser", "remove", "chair", "Dr Morag Fraser"))
        .isEqualTo("Dr Morag Fraser is no longer a chair of Grampian Interface Group.");
    assertThat(inChannel("member2", "Ann Law", "chairs"))
        .isEqualTo("Chairs of Grampian Interface Group: Ann Law.");
    assertThat(chairCommand("member2", "Ann Law", "remove", "member2", "Ann Law"))
        .startsWith("Ann Law is the only chair of Grampian Interface Group");
    assertThat(chairRows()).isEqualTo(1);
  }

  /** What Teams often sends: the person's ids but no name. */
  private static ObjectNode unnamed(ObjectNode activity) {
    ((ObjectNode) activity.get("from")).remove("name");
    return activity;
  }

  @Test
  void anInstallerTeamsSendsWithoutANameIsNamedFromTheTeamsRoster() {
    say(unnamed(activities.installInTeam("chair")));

    // The fake connector's roster names each member by their user id.
    assertThat(inChannel("member1", "Member One", "chairs"))
        .isEqualTo("Chairs of Grampian Interface Group: chair.");
    assertThat(
            jdbc.queryForObject(
                "select name from group_member where person_key = 'aad-chair'", String.class))
        .isEqualTo("chair");
    assertThat(say(unnamed(activities.channelMention("chair", "x", "audit"))).get(0).text())
        .contains("Interface Bot appointed chair as a chair");
  }

  @Test
  void aChairNobodyHasNamedYetIsNeverShownAsNullAndIsNamedWhenTheyNextWrite() {
    connector.roster(java.util.List.of());
    say(unnamed(activities.installInTeam("chair")));
    inChannel("member2", "Ann Law", "chairs");
    ObjectNode add = activities.channelMention("chair", "x", "chair add <at>Ann Law</at>");
    add.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>Ann Law</at>")
        .putObject("mentioned")
        .put("id", "29:member2")
        .put("name", "Ann Law");
    assertThat(say(unnamed(add)).get(0).text())
        .isEqualTo("Ann Law is now a chair of Grampian Interface Group.");

    assertThat(inChannel("member1", "Member One", "chairs"))
        .isEqualTo(
            "Chairs of Grampian Interface Group: a chair whose name Teams hasn't given yet,"
                + " Ann Law.");
    assertThat(say(unnamed(activities.channelMention("chair", "x", "audit"))).get(0).text())
        .contains(
            "Interface Bot appointed a member whose name Teams hasn't given yet as a chair",
            "A member whose name Teams hasn't given yet appointed Ann Law as a chair")
        .doesNotContain("null", "A colleague", "a former member");

    say(activities.personalMessage("chair", "Dr Morag Fraser", "help"));

    assertThat(inChannel("member1", "Member One", "chairs"))
        .isEqualTo("Chairs of Grampian Interface Group: Dr Morag Fraser, Ann Law.");
    assertThat(say(activities.channelMention("member2", "Ann Law", "audit")).get(0).text())
        .contains(
            "Interface Bot appointed Dr Morag Fraser as a chair",
            "Dr Morag Fraser appointed Ann Law as a chair");
    assertThat(
            jdbc.queryForObject(
                "select name from group_member where person_key = 'aad-chair'", String.class))
        .isEqualTo("Dr Morag Fraser");
  }

  /**
   * member3 joined the team while the bot missed it, so is not on the member list: a chair
   * appointed by mention is looked up in Teams and recorded by their Entra id, so they can act as a
   * chair.
   */
  @Test
  void aChairAppointedFromOffTheMemberListCanActAsAChair() {
    var withoutMember3 = new java.util.ArrayList<>(FakeBotConnector.defaultRoster());
    withoutMember3.remove("member3");
    connector.roster(withoutMember3);
    installInTeam();
    connector.roster(FakeBotConnector.defaultRoster());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from group_member where person_key = 'aad-member3'",
                Integer.class))
        .isZero();

    // The fake connector's roster names each member by their user id.
    assertThat(chairCommand("chair", "Dr Morag Fraser", "add", "member3", "member3"))
        .isEqualTo("member3 is now a chair of Grampian Interface Group.");
    assertThat(
            jdbc.queryForList(
                "select person_key from group_chair order by person_key", String.class))
        .containsExactly("aad-chair", "aad-member3");

    assertThat(chairCommand("member3", "member3", "add", "member4", "member4"))
        .isEqualTo("member4 is now a chair of Grampian Interface Group.");
  }

  @Test
  void aGroupWhoseLastChairWasForgottenGetsAChairWhenTheBotIsAddedToTheTeamAgain() {
    installInTeam();
    say(activities.personalMessage("chair", "Dr Ann Law", "forget me"));
    say(activities.personalMessage("chair", "Dr Ann Law", "yes"));
    assertThat(chairRows()).isZero();
    assertThat(inChannel("member1", "Dr Ali Khan", "chairs"))
        .startsWith("Grampian Interface Group has no chairs yet. To give it one, a team owner");

    // A team owner removes the app and adds it back.
    var welcome = say(activities.installInTeam("member1"));

    assertThat(welcome).hasSize(1);
    assertThat(welcome.get(0).cardText())
        .contains("The group had no chairs left, and Chair added me again, so they now chair it");
    assertThat(inChannel("member1", "Dr Ali Khan", "settings quorum 2"))
        .startsWith("Done. Triage votes stay open for 7 days and need 2 votes");
    // Added again while it has a chair: nothing changes, nothing is posted.
    assertThat(say(activities.installInTeam("member2"))).isEmpty();
    assertThat(chairRows()).isOne();
  }
}
