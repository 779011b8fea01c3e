package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/** Teams delivers an activity again when the bot failed or was slow: it is processed once. */
class RepeatedActivityIT extends BotConversationTest {

  @Test
  void aMessageDeliveredTwiceIsAnsweredOnceAndMovesTheDialogOnOnce() {
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    var title =
        activities.personalMessage("gp1", "Dr Morag Fraser", "Results sent to the wrong GP");
    int answers = say(title).size();

    var again = post(title);

    assertThat(again.status()).isBetween(200, 299);
    String id = title.path("id").asText();
    assertThat(connector.sent()).filteredOn(s -> id.equals(s.replyToId())).hasSize(answers);
  }

  @Test
  void aCardClickDeliveredTwiceRaisesOneIssue() {
    installInTeam();
    String draft =
        draftIssue("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    var click = activities.submitDraft("gp1", "Dr Morag Fraser", draft);

    var first = post(click);
    var second = post(click);

    assertThat(CardText.of(first.json().path("value"))).startsWith("Raised: IF-");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().path("value").asText()).isEqualTo("Already done.");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(1);
  }
}
