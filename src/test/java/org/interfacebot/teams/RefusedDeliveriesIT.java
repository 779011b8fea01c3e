package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A message Teams refuses for good (403: the bot was removed from the team, or the person blocked
 * it) is not tried again every 30 seconds for ever: its delivery is done, with a warning.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class RefusedDeliveriesIT extends BotConversationTest {

  @Test
  void aChannelNoticeTeamsRefusesForGoodIsNotTriedAgain() {
    installInTeam();
    awaitEveryDeliveryMade(Duration.ofSeconds(30));
    connector.clear();
    connector.refuse(Activities.CHANNEL, 403);

    say(activities.personalMessage("chair", "Dr Ann Law", "forget me"));
    assertThat(say(activities.personalMessage("chair", "Dr Ann Law", "yes")).get(0).text())
        .contains("no longer a chair of 1 group; its channel has been told");

    awaitEveryDeliveryMade(Duration.ofSeconds(30));
    assertThat(connector.sent()).noneMatch(s -> s.conversationId().equals(Activities.CHANNEL));
    assertThat(
            jdbc.queryForObject(
                "select completion_attempts from event_publication"
                    + " where listener_id like '%ChairDepartures%'",
                Integer.class))
        .as("tried once")
        .isEqualTo(1);
  }
}
