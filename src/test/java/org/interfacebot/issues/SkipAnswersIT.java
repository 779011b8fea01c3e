package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * {@code skip} leaves out the suggestion, the one question that may be left out, also written
 * "Skip." as a phone does; typed for a title or a description it is refused, not kept as one.
 */
class SkipAnswersIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  @Test
  void skipIsRefusedForTheTitleAndTheDescriptionAndNotKept() {
    installInTeam();
    say("raise");

    assertThat(say("skip"))
        .extracting(Sent::text)
        .containsExactly(
            "The title can't be skipped: the group needs it to understand the issue. Please type"
                + " it.");
    assertThat(say("Ward 7 letters lack medication changes").get(0).text()).contains("Describe it");
    assertThat(say("Skip.").get(0).text())
        .isEqualTo(
            "The description can't be skipped: the group needs it to understand the issue."
                + " Please type it.");
    say("Letters list discharge medicines only.");
    for (String answer : USUAL_ANSWERS.subList(1, 6)) {
      say(answer);
    }
    var showName = say("Skip.");
    assertThat(showName.get(0).cardText()).contains("May the group see your name");
    var confirm = say("Yes, show my name");

    assertThat(confirm.get(0).cardText())
        .contains("Title: Ward 7 letters lack medication changes")
        .doesNotContain("Suggested improvement", "Skip");
    submit(GP, NAME, draftIdOf(confirm.get(0)));
    assertThat(jdbc.queryForMap("select title, description, suggestion from issue"))
        .containsEntry("TITLE", "Ward 7 letters lack medication changes")
        .containsEntry("DESCRIPTION", "Letters list discharge medicines only.")
        .containsEntry("SUGGESTION", null);
  }

  @Test
  void skipAsTheTitleOnTheFormIsRefused() {
    installInTeam();
    var form = say("raise form");
    String draftId =
        form.get(0).card().path("actions").path(0).path("data").path("draftId").asText();

    var again =
        clickIn1to1(
            GP,
            NAME,
            "raise.form",
            Activities.filledInForm(draftId).put("title", "skip").put("suggestion", "Skip."));

    assertThat(CardText.of(again.json().path("value")))
        .contains("The title can't be skipped")
        .doesNotContain("Check your issue");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }
}
