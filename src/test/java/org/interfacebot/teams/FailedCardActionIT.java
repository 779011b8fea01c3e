package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.Turn;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A card action that fails is answered to the person who pressed the button, beside the card, not
 * posted as a message in the channel for everyone to read.
 */
class FailedCardActionIT extends BotConversationTest {

  private static final String SORRY =
      "Sorry, something went wrong on my side and nothing was changed. Please try again in a"
          + " moment.";

  @TestConfiguration
  static class FailingButton {
    @Bean
    CardAction failingButton() {
      return new CardAction() {
        @Override
        public String verb() {
          return "test.fails";
        }

        @Override
        public Result handle(Turn turn, JsonNode data) {
          throw new IllegalStateException("a fault in the action");
        }
      };
    }
  }

  @Test
  void aButtonThatFailsInTheChannelTellsOnlyWhoPressedIt() {
    installInTeam();

    var answer = clickInChannel("member1", "test.fails", Activities.data());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("value").asText()).isEqualTo(SORRY);
    assertThat(connector.sent()).as("messages posted in the channel").isEmpty();
  }
}
