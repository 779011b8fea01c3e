package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A title typed over two lines (a phone's return key, a pasted heading) is kept as one line, so
 * that it reads as one in `my issues` and on the cards.
 */
class OneLineTitleIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  @Test
  void aTitleOverTwoLinesIsKeptOnOne() {
    installInTeam();
    say("raise");
    say("Ward 7 letters\n\nlack medication changes");
    List<Sent> last = List.of();
    for (String answer : USUAL_ANSWERS) {
      last = say(answer);
    }
    assertThat(last.get(0).cardText()).contains("Title: Ward 7 letters lack medication changes");
    submit(GP, NAME, draftIdOf(last.get(0)));

    assertThat(jdbc.queryForObject("select title from issue", String.class))
        .isEqualTo("Ward 7 letters lack medication changes");
    assertThat(say("my issues").get(0).text())
        .contains("** Ward 7 letters lack medication changes: Open for triage (raised ");
  }

  @Test
  void aTitleOverTwoLinesOnTheFormIsKeptOnOne() {
    installInTeam();
    var form = say("raise form");
    String draftId =
        form.get(0).card().path("actions").path(0).path("data").path("draftId").asText();

    var confirm =
        clickIn1to1(
            GP,
            NAME,
            "raise.form",
            Activities.filledInForm(draftId).put("title", "Bloods requested\r\ntwice"));

    assertThat(CardText.of(confirm.json().path("value"))).contains("Title: Bloods requested twice");
  }
}
