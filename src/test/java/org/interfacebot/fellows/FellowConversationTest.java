package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;

/** Conversations about fellows: an accepted issue, assignments in the channel, updates in 1:1. */
abstract class FellowConversationTest extends BotConversationTest {

  /** A channel message from {@code user} that @mentions the bot and {@code fellow}. */
  ObjectNode mentioning(String user, String command, String fellow) {
    return activities.channelMentionOf(user, "Dr " + user, command, fellow);
  }

  String assign(String user, String reference, String fellow) {
    return say(mentioning(user, "assign " + reference, fellow)).get(0).text();
  }

  String personal(String user, String text) {
    return say(activities.personalMessage(user, "Dr " + user, text)).get(0).text();
  }

  /** An issue raised anonymously by gp1 and accepted by the chair; returns its reference. */
  String acceptedAnonymousIssue() {
    installInTeam();
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "Discharge letters arrive late"));
    List<org.interfacebot.support.FakeBotConnector.Sent> last = List.of();
    for (String answer : USUAL_ANSWERS.subList(0, 7)) {
      say(activities.personalMessage("gp1", "Dr Morag Fraser", answer));
    }
    last = say(activities.personalMessage("gp1", "Dr Morag Fraser", "no"));
    submit("gp1", "Dr Morag Fraser", draftIdOf(last.get(0)));
    String reference = jdbc.queryForObject("select reference from issue", String.class);
    chair("close " + reference + " discuss");
    assertThat(status()).isEqualTo("ACCEPTED");
    return reference;
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  /** What was sent to the person's 1:1 chat, once every delivery to Teams has been made. */
  List<String> toPerson(String user) {
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(10));
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation(user)))
        .map(org.interfacebot.support.FakeBotConnector.Sent::text)
        .toList();
  }
}
