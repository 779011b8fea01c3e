package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * Commands typed on a phone, which adds a capital and a full stop ("Raise.", "Help.", "My
 * issues."), are the commands, as "Cancel." and "Back." already were.
 */
class CommandsWithAFullStopIT extends BotConversationTest {

  private List<Sent> say(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  @Test
  void raiseAndHelpWithAFullStopAreTheCommands() {
    installInTeam();

    assertThat(say("Help.").get(0).text()).contains("Here is what you can type:");
    assertThat(say("Raise.")).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
  }

  @Test
  void aCommandWithAFullStopInTheMiddleOfRaisingIsNotTakenAsTheAnswer() {
    installInTeam();
    say("raise");

    var replies = say("My issues.");

    assertThat(replies.get(0).text())
        .startsWith(
            "You're in the middle of raising an issue, so I haven't used that as an answer.");
    assertThat(replies.get(1).text()).contains("What happened?");
    assertThat(say("Raise!").get(0).text()).startsWith("You're already raising an issue");
  }
}
