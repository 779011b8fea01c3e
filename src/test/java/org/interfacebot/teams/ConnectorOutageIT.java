package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Health;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Teams' connector answers 503 for a while, then recovers: what the bot had to say meanwhile
 * arrives afterwards, exactly once. The outage is seconds long here; the retry does not depend on
 * its length (FailedDeliveries resends failed deliveries every second in the tests).
 */
// A database of its own: other cached test contexts on the shared one would act as further
// instances with their own resend schedules.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class ConnectorOutageIT extends BotConversationTest {

  @Test
  void whatFailedDuringAnOutageArrivesOnceWhenTeamsRecovers() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    Sent card = awaitSent(this::triageCard);
    connector.clear();

    connector.health(Health.DOWN);
    vote("member1", reference, "discuss");
    vote("member2", reference, "decline");
    clickInChannel(
        "chair",
        "triage.close",
        Activities.data()
            .put("issue", reference)
            .put("choice", "decline")
            .put("reason", "Already covered"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from event_publication where listener_id like"
                            + " '%ReporterNotifications%' and completion_date is null"
                            + " and completion_attempts > 1",
                        Integer.class)
                    > 0);
    assertThat(connector.sent()).as("nothing gets through while Teams is down").isEmpty();

    connector.health(Health.UP);

    // Resent by the registry's failed-publication sweep; allow several sweeps on a busy machine.
    awaitSent(this::updateToReporter, Duration.ofSeconds(60));
    awaitSent(
        s ->
            s.method().equals("PUT")
                && s.activityId().equals(card.activityId())
                && s.cardText().contains("Votes so far: 2"),
        Duration.ofSeconds(60));
    // Several more resend rounds: nothing arrives a second time.
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(connector.sent()).filteredOn(this::updateToReporter).hasSize(1);
    assertThat(connector.sent()).filteredOn(this::triageCard).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null",
                Integer.class))
        .as("deliveries still outstanding")
        .isZero();
  }

  private boolean triageCard(Sent s) {
    return s.method().equals("POST")
        && s.conversationId().equals(Activities.CHANNEL)
        && s.hasCard()
        && s.cardText().contains("Results sent to the wrong GP");
  }

  private boolean updateToReporter(Sent s) {
    return s.conversationId().equals(Activities.personalConversation("gp1"))
        && s.text().startsWith("Update on your issue");
  }
}
