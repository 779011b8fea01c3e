package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Teams throttling one conversation does not hold up the scheduled work of every group: the update
 * of a triage card answered 429 with a long {@code Retry-After} waits on its own, and a vote
 * deadline passing meanwhile is closed at the next check, by the scheduler as it runs in production
 * (here checking every second).
 */
@TestPropertySource(
    properties = {
      "interface-bot.triage.check-every=PT1S",
      "spring.datasource.url=jdbc:h2:mem:throttled;DB_CLOSE_DELAY=-1"
    })
class ThrottledCardUpdateIT extends BotConversationTest {

  private String roundState() {
    return jdbc.queryForObject("select state from triage_round", String.class);
  }

  @Test
  void aVoteDeadlineClosesOnTimeWhileACardUpdateIsThrottled() {
    String reference = raiseOne();
    int throttledBefore = connector.limited();
    connector.refuse(Activities.CHANNEL, 429);
    vote("member1", reference, "discuss");
    // The card's update has been tried and answered "429, try again in 30 seconds".
    await().atMost(Duration.ofSeconds(10)).until(() -> connector.limited() > throttledBefore);

    clock.advance(Duration.ofDays(8));

    await()
        .atMost(Duration.ofSeconds(10))
        .alias("the vote closes at the next check, not after the throttled update's retries")
        .until(() -> roundState().equals("AWAITING_CHAIR"));
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");

    connector.up(Activities.CHANNEL);
    clock.advance(Duration.ofSeconds(31)); // the wait the last 429 asked for
    assertThat(
            awaitSent(
                    s ->
                        s.method().equals("PUT") && s.cardText().contains("the chairs will decide"))
                .cardText())
        .contains(reference);
  }
}
