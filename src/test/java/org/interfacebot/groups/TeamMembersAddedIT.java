package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

/**
 * People added to the group's team, as Teams tells of it: teamMemberAdded names each by their Teams
 * user id, often without the Entra object id that the bot knows members by.
 */
class TeamMembersAddedIT extends BotConversationTest {

  private ObjectNode added(String... users) {
    var added = activities.botAddedToTeam("chair");
    var people = added.putArray("membersAdded");
    for (String user : users) {
      people.addObject().put("id", "29:" + user);
    }
    return added;
  }

  private String quorumReply() {
    return say(activities.channelMention("chair", "Dr Ann Law", "settings quorum 100"))
        .get(0)
        .text();
  }

  @Test
  void aPersonAddedByTheirTeamsIdAloneIsOneMemberAlsoOnceTheyWrite() {
    installInTeam();
    int before = jdbc.queryForObject("select count(*) from group_member", Integer.class);
    var roster = new ArrayList<>(FakeBotConnector.defaultRoster());
    roster.add("newgp1");
    connector.roster(roster);

    post(added("newgp1"));
    say(activities.channelMention("newgp1", "Dr New", "help"));

    assertThat(
            jdbc.queryForList(
                "select person_key from group_member where person_key like '%newgp1'",
                String.class))
        .containsExactly("aad-newgp1");
    assertThat(quorumReply()).contains("I know of " + (before + 1) + " members in this group");
  }

  @Test
  void aPersonTeamsCannotTellAboutJoinsTheListWhenTheyFirstWrite() {
    installInTeam();
    int before = jdbc.queryForObject("select count(*) from group_member", Integer.class);
    connector.memberLookupsAnswer(500);

    post(added("newgp2"));
    assertThat(jdbc.queryForObject("select count(*) from group_member", Integer.class))
        .isEqualTo(before);

    connector.memberLookupsAnswer(200);
    say(activities.channelMention("newgp2", "Dr Newer", "help"));
    assertThat(quorumReply()).contains("I know of " + (before + 1) + " members in this group");
  }
}
