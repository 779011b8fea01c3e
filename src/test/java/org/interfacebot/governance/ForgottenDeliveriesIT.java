package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Deliveries queued for a person (a status update on their issue while Teams could not take it) and
 * the deliveries already made to them go with the rest of their data on {@code forget me}: nothing
 * queued before is sent afterwards, not even once they write again, and the registry no longer
 * holds their ids. The same database and settings as {@code HeldRepliesIT}, so the same cached
 * application.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class ForgottenDeliveriesIT extends BotConversationTest {

  private static final String GP = "gp7";
  private static final String NAME = "Dr Rhona Craig";
  private static final String CHAT = Activities.personalConversation(GP);

  private void gp7Says(String text) {
    assertThat(post(activities.personalMessage(GP, NAME, text)).status()).isEqualTo(202);
  }

  /** Deliveries other than held replies whose event names gp7 by key or Teams user id. */
  private List<String> deliveriesNamingGp7(boolean unsentOnly) {
    return jdbc.queryForList(
        "select serialized_event from event_publication where listener_id not like ?"
            + (unsentOnly ? " and completion_date is null" : "")
            + " and (serialized_event like ? or serialized_event like ?)",
        String.class,
        "%HeldReplies%",
        "%\"aad-" + GP + "\"%",
        "%\"29:" + GP + "\"%");
  }

  private List<String> heldForTheChat() {
    return jdbc
        .queryForList(
            "select serialized_event from event_publication where listener_id like ?"
                + " order by publication_date",
            String.class,
            "%HeldReplies%")
        .stream()
        .filter(held -> held.contains(CHAT))
        .toList();
  }

  @Test
  void aStatusUpdateQueuedForAForgottenReporterIsDeletedAndNeverSent() {
    installInTeam();
    String reference =
        raise(GP, NAME, "Discharge summaries arrive a week late", "Discharge planning");
    awaitSent(s -> s.conversationId().equals(CHAT) && s.text().contains(reference));
    assertThat(deliveriesNamingGp7(false))
        .as("the thanks for raising, delivered, names the reporter")
        .isNotEmpty();
    connector.down(CHAT);
    chair("close " + reference + " decline Already covered by the eHealth work");
    await().atMost(Duration.ofSeconds(30)).until(() -> !deliveriesNamingGp7(true).isEmpty());

    gp7Says("my data");
    assertThat(heldForTheChat())
        .as("my data, itself held, counts the deliveries that name the reporter")
        .anySatisfy(
            held ->
                assertThat(held)
                    .contains("of my messages to you or about you")
                    .contains("waiting to be sent or kept a while after sending"));

    gp7Says("forget me");
    gp7Says("yes");

    assertThat(deliveriesNamingGp7(false)).as("nothing in the registry names gp7").isEmpty();
    connector.up(CHAT);
    gp7Says("hello");
    awaitEveryDeliveryMade(Duration.ofSeconds(30));
    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(connector.sent())
        .as("the status update queued before forget me is never sent, even after writing again")
        .filteredOn(s -> s.conversationId().equals(CHAT))
        .noneSatisfy(s -> assertThat(s.text()).contains("Update on your issue"));
  }

  @Test
  void channelReferencesKeepNobodysNameAndForgetMeRemovesAPersonFromOldOnes() {
    installInTeam();
    gp7Says("hello");
    assertThat(jdbc.queryForList("select reference_json from conversation_reference", String.class))
        .as("neither the installer nor anyone writing 1:1 is kept by name")
        .noneSatisfy(json -> assertThat(json).contains("\"Chair\"", "\"Dr Rhona Craig\""))
        .noneSatisfy(json -> assertThat(json).contains("29:chair"));
    // As kept before: the install event's reference held whoever added the bot.
    String channel =
        jdbc.queryForObject(
            "select reference_json from conversation_reference where ref_key like 'channel:%'",
            String.class);
    jdbc.update(
        "update conversation_reference set reference_json = ? where ref_key like 'channel:%'",
        channel.replaceFirst("\\{", "{\"user\":{\"id\":\"29:gp7\",\"name\":\"Dr Rhona Craig\"},"));

    gp7Says("forget me");
    gp7Says("yes");

    assertThat(
            jdbc.queryForObject(
                "select reference_json from conversation_reference where ref_key like 'channel:%'",
                String.class))
        .doesNotContain("29:gp7", "Dr Rhona Craig");
  }
}
