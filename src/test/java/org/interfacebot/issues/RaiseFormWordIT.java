package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/** {@code raise form} asks for the single form; words that merely hold "form" do not. */
class RaiseFormWordIT extends BotConversationTest {

  private List<Sent> say(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  @Test
  void onlyTheWordFormAsksForTheForm() {
    installInTeam();

    assertThat(say("raise information issue"))
        .extracting(Sent::text)
        .anyMatch(t -> t.contains("What happened?"));
    say("cancel");
    assertThat(say("report performance problem"))
        .extracting(Sent::text)
        .anyMatch(t -> t.contains("What happened?"));
    say("cancel");
    assertThat(say("raise form").get(0).cardText())
        .contains("Raise an interface issue", "[Continue]");
    say("cancel");
    assertThat(say("raise the form.").get(0).cardText()).contains("[Continue]");
  }
}
