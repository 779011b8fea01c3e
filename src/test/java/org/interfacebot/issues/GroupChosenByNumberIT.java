package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A clinician of a board with two Interface Groups types the number of the group in the list, as
 * the other questions allow: the issue goes to that group, and a button still chooses its own.
 */
class GroupChosenByNumberIT extends BotConversationTest {

  private static final String HIGHLAND = "19:team-highland-interface@thread.tacv2";
  private static final String HIGHLAND_NAME = "Highland Interface Group";
  private static final String GRAMPIAN_NAME = "Grampian Interface Group";

  private List<Sent> gp(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  /** Grampian's team installs the bot first, Highland's second, so Highland is listed first. */
  private void twoGroups() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("chair2"), HIGHLAND, HIGHLAND_NAME));
    connector.clear();
  }

  private String raisedAfterChoosing(List<Sent> chosen) {
    assertThat(chosen.get(0).text()).contains("What happened?");
    gp("Letters late");
    List<Sent> last = List.of();
    for (String answer : USUAL_ANSWERS) {
      last = gp(answer);
    }
    assertThat(last.get(0).cardText()).contains("Check your issue before it goes to");
    submit("gp1", "Dr Morag Fraser", draftIdOf(last.get(0)));
    return jdbc.queryForObject(
        "select g.name from issue i join interface_group g on g.id = i.group_id"
            + " order by i.id desc fetch first 1 rows only",
        String.class);
  }

  private long idOf(String name) {
    return jdbc.queryForObject("select id from interface_group where name = ?", Long.class, name);
  }

  @Test
  void aTypedNumberIsTheGroupsPlaceInTheList() {
    twoGroups();
    var asked = gp("raise");
    assertThat(asked.get(1).cardText())
        .containsSubsequence("[" + HIGHLAND_NAME + "]", "[" + GRAMPIAN_NAME + "]");

    assertThat(raisedAfterChoosing(gp("1"))).isEqualTo(HIGHLAND_NAME);
    gp("raise");
    assertThat(raisedAfterChoosing(gp("2"))).isEqualTo(GRAMPIAN_NAME);
    gp("raise");
    var third = gp("3");
    assertThat(third.get(0).text())
        .isEqualTo("I didn't recognise that group. Please choose one of these:");
  }

  @Test
  void aButtonStillChoosesItsGroup() {
    twoGroups();
    gp("raise");

    var chosen =
        say(
            activities.personalSubmit(
                "gp1",
                "Dr Morag Fraser",
                Activities.data().put("answer", String.valueOf(idOf(GRAMPIAN_NAME)))));

    assertThat(raisedAfterChoosing(chosen)).isEqualTo(GRAMPIAN_NAME);
  }
}
