package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A reporter asked for more information types the answer in the 1:1 chat instead of on the card: it
 * is neither offered as a new issue nor refused as an unknown command, and the card comes again.
 */
class MoreInfoTypedIT extends BotConversationTest {

  private List<Sent> gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  private String asked() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does it happen on?");
    awaitSent(s -> s.cardText().contains("The group needs more information about " + reference));
    return reference;
  }

  @Test
  void anAnswerTypedInTheChatBringsBackTheCardAndIsNotOfferedAsANewIssue() {
    String reference = asked();

    var replies = gp1("It happens on wards 7 and 9, mostly at weekends");

    assertThat(replies).hasSize(2);
    assertThat(replies.get(0).text())
        .isEqualTo(
            "The group is waiting for the more information it asked you for about **"
                + reference
                + "** (Results sent to the wrong GP). I can only take your answer on the card"
                + " below, so I haven't used or kept what you wrote: please write it there and"
                + " press **Send to the group**. To raise a new issue instead, type `raise`.");
    assertThat(replies.get(1).cardText())
        .contains(
            "The group needs more information about " + reference,
            "Results sent to the wrong GP",
            "[Send to the group]");
    assertThat(replies.get(1).card().toString()).contains("\"verb\":\"triage.moreinfo\"");
    assertThat(replies)
        .extracting(Sent::cardText)
        .noneMatch(t -> t.contains("That sounds like an interface issue"));
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isZero();
    assertThat(status(reference)).isEqualTo("MORE_INFO_NEEDED");
  }

  @Test
  void aShortAnswerTypedInTheChatIsNotCalledAnUnknownCommand() {
    String reference = asked();

    var replies = gp1("Ward 7");

    assertThat(replies.get(0).text())
        .startsWith("The group is waiting for the more information")
        .doesNotContain("don't know that command", "Ward 7");
    assertThat(replies.get(1).cardText()).contains("[Send to the group]");
    assertThat(gp1("hello").get(0).text()).startsWith("Hello!");
  }

  @Test
  void aCommandWithWordsAfterItIsStillTheCommand() {
    String reference = asked();

    var replies = gp1("my issues please");

    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).text()).contains(reference, "More information needed");
  }

  @Test
  void onceAnsweredOnTheCardADescribedProblemIsOfferedAsANewIssueAgain() {
    String reference = asked();
    clickIn1to1(
        "gp1",
        "Dr Morag Fraser",
        "triage.moreinfo",
        Activities.data().put("issue", reference).put("answer", "Wards 7 and 9, at weekends."));

    var replies = gp1("Discharge letters from ward 7 never list the medication changes");

    assertThat(replies.get(0).cardText()).contains("That sounds like an interface issue");
  }
}
