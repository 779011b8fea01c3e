package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Replies held for a person's 1:1 chat while Teams could not take them go with the rest of their
 * data when they say {@code forget me}: never sent afterwards. The same database and settings as
 * {@code HeldRepliesIT}, so the same cached application.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class ForgottenHeldRepliesIT extends BotConversationTest {

  private static final String GP = "gp6";
  private static final String NAME = "Dr Fiona Grant";
  private static final String CHAT = Activities.personalConversation(GP);

  private void gp6Says(String text) {
    assertThat(post(activities.personalMessage(GP, NAME, text)).status()).isEqualTo(202);
  }

  /** The replies held for the chat, as the publication registry keeps them. */
  private List<String> heldForTheChat(boolean unsentOnly) {
    return jdbc
        .queryForList(
            "select serialized_event from event_publication where listener_id like ?"
                + (unsentOnly ? " and completion_date is null" : "")
                + " order by publication_date",
            String.class,
            "%HeldReplies%")
        .stream()
        .filter(held -> held.contains(CHAT))
        .toList();
  }

  @Test
  void repliesHeldForAPersonWhoIsForgottenAreDeletedAndNeverSent() {
    installInTeam();
    gp6Says("hello");
    connector.clear();
    connector.down(CHAT);

    gp6Says("my issues");
    gp6Says("my data");

    assertThat(heldForTheChat(true)).hasSize(2);
    assertThat(heldForTheChat(true).get(1))
        .as("my data (itself held) counts the reply held before it")
        .contains("1 of my replies to you that Teams could not take at the time");

    gp6Says("forget me");
    // The person answers the question once it has reached them (here: once it is held for them).
    // Under load its delivery could otherwise come after the answer's, and be held after forget me.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> heldForTheChat(true).stream().anyMatch(h -> h.contains("This cannot be undone")));
    gp6Says("yes");

    assertThat(heldForTheChat(false))
        .as("only the confirmation, held after the others were deleted")
        .singleElement()
        .satisfies(held -> assertThat(held).contains("Done. I have forgotten you"));
    connector.up(CHAT);
    Sent confirmation = awaitSent(s -> s.conversationId().equals(CHAT));
    assertThat(confirmation.text())
        .startsWith("Done. I have forgotten you")
        .containsPattern("- \\d+ records? of our chats deleted")
        .doesNotContain("0 issue", "0 vote", "0 group");
    awaitEveryDeliveryMade(Duration.ofSeconds(30));
    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(connector.sent())
        .as("nothing held from before forget me is sent")
        .filteredOn(s -> s.conversationId().equals(CHAT))
        .containsExactly(confirmation);
  }
}
