package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code chair add} with a mention that is not of a member of the team: the team itself, a channel
 * or a tag (Teams lets a channel message @mention each), or someone Teams does not list in it.
 */
class ChairAppointmentIT extends BotConversationTest {

  private static final String REFUSED =
      "I can't find the person you mentioned among the members of this team, so nobody was made a"
          + " chair. Mention someone in the team (not the team, a channel or a tag); if they have"
          + " just joined it, try again in a moment.";

  /** The chair's {@code chair add} mentioning the team, as Teams sends an @team mention. */
  private ObjectNode addingTheTeam() {
    var add =
        activities.channelMention(
            "chair", "Dr Ann Law", "chair add <at>Grampian Interface Group</at>");
    add.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>Grampian Interface Group</at>")
        .putObject("mentioned")
        .put("id", Activities.TEAM)
        .put("name", "Grampian Interface Group");
    return add;
  }

  private String chair(String command, String person, String shownAs) {
    return say(activities.channelMentionOf("chair", "Dr Ann Law", command, person, shownAs))
        .get(0)
        .text();
  }

  @Test
  void theTeamMentionedIsNotMadeAChairAndTheLastChairStays() {
    installInTeam();

    assertThat(say(addingTheTeam()).get(0).text()).isEqualTo(REFUSED);

    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");
    assertThat(jdbc.queryForList("select person_key from group_chair", String.class))
        .containsExactly("aad-chair");
    assertThat(chair("chair remove", "chair", "Dr Ann Law"))
        .startsWith("Dr Ann Law is the only chair of Grampian Interface Group");
    assertThat(chair("audit")).doesNotContain("appointed Grampian Interface Group");
  }

  @Test
  void someoneTeamsDoesNotListInTheTeamIsNotMadeAChair() {
    installInTeam();

    assertThat(chair("chair add", "visitor7", "Dr Vic Tor")).isEqualTo(REFUSED);

    assertThat(jdbc.queryForList("select person_key from group_chair", String.class))
        .containsExactly("aad-chair");
    // The fake connector's roster names each member by their user id.
    assertThat(chair("chair add", "member2", "Dr Una Moir"))
        .isEqualTo("member2 is now a chair of Grampian Interface Group.");
  }
}
