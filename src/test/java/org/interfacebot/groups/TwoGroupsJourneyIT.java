package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A GP in two Interface Groups of one board, chair of one of them, who raises an issue in each
 * (both numbered IF-…-0001, as each group numbers its own) and follows them from their 1:1 chat.
 */
class TwoGroupsJourneyIT extends BotConversationTest {

  private static final String HIGHLAND = "19:team-highland-interface@thread.tacv2";
  private static final String HIGHLAND_NAME = "Highland Interface Group";
  private static final String GRAMPIAN_NAME = "Grampian Interface Group";

  private List<Sent> gp(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  private String raiseIn(String groupName, String title) {
    gp("raise");
    gp(groupName);
    gp(title);
    List<Sent> last = List.of();
    for (String answer : USUAL_ANSWERS) {
      last = gp(answer);
    }
    var response = submit("gp1", "Dr Morag Fraser", draftIdOf(last.get(last.size() - 1)));
    return CardText.of(response.json().path("value"))
        .lines()
        .findFirst()
        .orElse("")
        .replace("Raised: ", "");
  }

  @Test
  void myIssuesSaysWhichGroupEachSharedReferenceBelongsTo() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("chair2"), HIGHLAND, HIGHLAND_NAME));
    say(
        Activities.inTeam(
            activities.channelMentionOf("chair2", "Dr Hugh Ross", "chair add", "gp1"),
            HIGHLAND,
            HIGHLAND_NAME));
    String inGrampian = raiseIn(GRAMPIAN_NAME, "Results sent to the wrong GP");
    String inHighland = raiseIn(HIGHLAND_NAME, "Discharge letters arrive late");
    assertThat(inGrampian).isEqualTo(inHighland);

    // As Highland's chair, gp1 accepts Highland's issue from their 1:1 chat.
    assertThat(gp("close " + inHighland + " discuss").get(0).text())
        .startsWith("Closed the vote on " + inHighland + ": Discuss at group.");

    assertThat(gp("my issues").get(0).text())
        .contains(
            "- **"
                + inHighland
                + "** Discharge letters arrive late: Accepted: to be discussed at a group meeting"
                + " (raised ",
            " with " + HIGHLAND_NAME + ")",
            "- **" + inGrampian + "** Results sent to the wrong GP: Open for triage (raised ",
            " with " + GRAMPIAN_NAME + ")");
    assertThat(gp("status " + inGrampian))
        .extracting(Sent::cardText)
        .anySatisfy(c -> assertThat(c).contains("Results sent to the wrong GP", "Open for triage"))
        .anySatisfy(c -> assertThat(c).contains("Discharge letters arrive late", "Accepted"));
  }
}
