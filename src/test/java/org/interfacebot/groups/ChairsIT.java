package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class ChairsIT extends BotConversationTest {

  /** {@code chair <action> @person}, said in the channel by the user, mentioning the person. */
  private String chairCommand(String user, String name, String action, String person, String as) {
    ObjectNode said =
        activities.channelMention(user, name, "chair " + action + " <at>" + as + "</at>");
    said.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>" + as + "</at>")
        .putObject("mentioned")
        .put("id", "29:" + person)
        .put("name", as);
    return say(said).get(0).text();
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
}
