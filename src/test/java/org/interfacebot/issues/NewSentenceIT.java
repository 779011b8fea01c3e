package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * {@code new} is one of the words that start raising, and "New" starts many a sentence that
 * describes a problem: such a sentence is offered as an issue with all its words, not dropped.
 */
class NewSentenceIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  @Test
  void aDescriptionThatStartsWithNewIsOfferedWithAllItsWords() {
    installInTeam();

    var offer = say("New discharge system never sends letters to the practice");

    assertThat(offer.get(0).cardText()).contains("That sounds like an interface issue");
    say("yes");
    say("Discharge letters not sent");
    for (String answer : USUAL_ANSWERS.subList(1, 8)) {
      say(answer);
    }
    assertThat(connector.sent().get(connector.sent().size() - 1).cardText())
        .contains("New discharge system never sends letters to the practice");
  }

  @Test
  void newAloneOrWithTooFewWordsStillRaises() {
    installInTeam();

    assertThat(say("new")).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
    say("cancel");
    assertThat(say("new issue please"))
        .extracting(Sent::text)
        .anyMatch(t -> t.contains("What happened?"));
  }
}
