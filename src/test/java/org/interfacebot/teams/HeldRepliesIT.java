package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Health;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Replies the bot could not send because Teams was down or busy ({@link HeldReplies}) arrive once
 * it is back. The same database and settings as {@link ConnectorOutageIT}, so the same cached
 * application.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1")
class HeldRepliesIT extends BotConversationTest {

  /**
   * What the bot answers to a message while Teams is down is held, not lost: it arrives in the same
   * conversation once Teams is back, once, and the command is not carried out a second time.
   */
  @Test
  void repliesTeamsCouldNotTakeArriveOnceWhenItIsBack() {
    installInTeam();
    connector.clear();
    connector.health(Health.DOWN);

    var help = activities.personalMessage("gp3", "Dr Iain Reid", "help");
    assertThat(post(help).status()).as("the turn itself worked").isEqualTo(202);
    var theme =
        activities.channelMention(
            "chair", "Dr Ann Law", "theme Test results on 14 January " + (YEAR + 1));
    String thread = theme.path("conversation").path("id").asText();
    assertThat(post(theme).status()).isEqualTo(202);
    // Answered, so Teams has no reason to deliver it again; if it does, nothing happens twice.
    assertThat(post(theme).status()).isEqualTo(202);
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(1);
    awaitRetried("HeldReplies", 2, Duration.ofSeconds(30));
    assertThat(connector.sent()).as("nothing gets through while Teams is down").isEmpty();
    assertThat(
            jdbc.queryForList(
                "select serialized_event from event_publication"
                    + " where listener_id like '%HeldReplies%'",
                String.class))
        .as("held with the conversation, not the person's name")
        .hasSize(2)
        .noneMatch(held -> held.contains("Iain Reid") || held.contains("Ann Law"));

    connector.health(Health.UP);

    awaitSent(s -> helpFor(s, "gp3"), ConnectorOutageIT.AFTER_RECOVERY);
    Sent themeSet =
        awaitSent(s -> s.conversationId().equals(thread), ConnectorOutageIT.AFTER_RECOVERY);
    assertThat(themeSet.text())
        .startsWith("The test results meeting is set for ")
        .contains("14 January " + (YEAR + 1));
    awaitEveryDeliveryMade(ConnectorOutageIT.AFTER_RECOVERY);
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(connector.sent()).filteredOn(s -> helpFor(s, "gp3")).hasSize(1);
    assertThat(connector.sent()).filteredOn(s -> s.conversationId().equals(thread)).hasSize(1);
    assertThat(connector.sent()).filteredOn(ConnectorOutageIT::announcement).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(1);
  }

  /**
   * Cards are held too, however long: the privacy notice (longer than the registry first allowed an
   * event) and an issue's status card arrive once Teams is back, as the cards they were.
   */
  @Test
  void heldCardsArriveWhenTeamsIsBack() {
    installInTeam();
    String reference = raiseOne();
    connector.clear();
    connector.health(Health.DOWN);

    for (String command : List.of("privacy", "status " + reference)) {
      assertThat(post(activities.personalMessage("gp6", "Dr Anna Kerr", command)).status())
          .as(command)
          .isEqualTo(202);
    }
    awaitRetried("HeldReplies", 2, Duration.ofSeconds(30));
    connector.health(Health.UP);

    String chat = Activities.personalConversation("gp6");
    awaitSent(
        s -> s.conversationId().equals(chat) && s.cardText().contains(reference),
        ConnectorOutageIT.AFTER_RECOVERY);
    awaitEveryDeliveryMade(ConnectorOutageIT.AFTER_RECOVERY);
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(chat))
        .extracting(Sent::cardText)
        .hasSize(2)
        .anyMatch(card -> card.contains("How Interface Bot uses your information"))
        .anyMatch(card -> card.contains(reference));
  }

  /**
   * A reply that names someone (a chair appointed), still held when they ask to be forgotten, goes
   * out without their name once Teams is back, and nothing is kept of it.
   */
  @Test
  void aHeldReplyLeavesOutSomeoneForgottenBeforeItIsSent() {
    installInTeam();
    connector.clear();
    connector.health(Health.DOWN);
    post(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member2", "Dr Una Moir"));
    post(activities.personalMessage("member2", "Dr Una Moir", "forget me"));
    post(activities.personalMessage("member2", "Dr Una Moir", "yes"));
    assertThat(jdbc.queryForObject("select count(*) from group_chair", Integer.class))
        .as("forgotten, so no longer a chair")
        .isEqualTo(1);
    connector.health(Health.UP);

    Sent added =
        awaitSent(s -> s.text().contains(" is now a chair of "), ConnectorOutageIT.AFTER_RECOVERY);
    assertThat(added.text())
        .startsWith("Someone who has since asked to be forgotten is now a chair of ");
    awaitEveryDeliveryMade(ConnectorOutageIT.AFTER_RECOVERY);
    assertThat(connector.sent()).extracting(Sent::text).noneMatch(t -> t.contains("member2"));
    assertThat(jdbc.queryForObject("select count(*) from named_reply", Integer.class)).isZero();
  }

  /** A reply Teams throttles (429) is sent again after its Retry-After, once. */
  @Test
  void aThrottledReplyArrivesOnceAfterRetryAfter() {
    installInTeam();
    connector.clear();
    connector.refuseNext(1, 429);

    assertThat(post(activities.personalMessage("gp4", "Dr Ruth Bain", "help")).status())
        .isEqualTo(202);

    awaitSent(s -> helpFor(s, "gp4"));
    awaitEveryDeliveryMade(ConnectorOutageIT.AFTER_RECOVERY);
    assertThat(connector.sent()).filteredOn(s -> helpFor(s, "gp4")).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%HeldReplies%'",
                Integer.class))
        .as("the reply was held, not sent in the turn")
        .isEqualTo(1);
  }

  /**
   * A reply Teams refuses for good (413: too large to show) is not held and does not fail the turn,
   * which would say "nothing was changed" and have Teams deliver it again: a short note takes its
   * place, what the turn did is kept, and a second delivery does nothing twice.
   */
  @Test
  void aReplyTeamsRefusesGetsANoteInItsPlaceAndTheTurnIsKept() {
    installInTeam();
    connector.clear();
    connector.refuseNext(1, 413);
    var raise = activities.personalMessage("gp5", "Dr Eilidh Shaw", "raise");
    String chat = Activities.personalConversation("gp5");

    assertThat(post(raise).status()).isEqualTo(202);

    Sent note = awaitSent(s -> s.conversationId().equals(chat));
    assertThat(note.text())
        .startsWith("Teams would not show my answer here")
        .contains("Whatever I did has been kept");
    awaitEveryDeliveryMade(ConnectorOutageIT.AFTER_RECOVERY);
    int replies = connector.sent().size();
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class))
        .as("the dialog the turn started is kept")
        .isEqualTo(1);

    assertThat(post(raise).status()).as("delivered again").isEqualTo(202);
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertThat(connector.sent()).as("nothing more said").hasSize(replies);
    assertThat(connector.sent())
        .extracting(Sent::text)
        .noneMatch(text -> text.startsWith("Sorry, something went wrong"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%HeldReplies%'",
                Integer.class))
        .as("not held: Teams would refuse it again")
        .isZero();
  }

  private static boolean helpFor(Sent s, String user) {
    return s.conversationId().equals(Activities.personalConversation(user))
        && s.text().startsWith("I'm Interface Bot. I help clinicians raise problems");
  }

  /**
   * A reply that names someone (a chair appointed), held while Teams was down, is kept once it is
   * sent: it still leaves them out if they later ask to be forgotten.
   */
  @Test
  void aHeldReplyThatNamesSomeoneStillLeavesThemOutOnceTheyAreForgotten() {
    installInTeam();
    connector.clear();
    connector.health(Health.DOWN);
    var add =
        activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member2", "Dr Una Moir");
    assertThat(post(add).status()).isEqualTo(202);
    awaitRetried("HeldReplies", 1, Duration.ofSeconds(30));
    connector.health(Health.UP);

    Sent added =
        awaitSent(
            s -> s.text().startsWith("member2 is now a chair of "),
            ConnectorOutageIT.AFTER_RECOVERY);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> jdbc.queryForObject("select count(*) from named_reply", Integer.class) == 1);
    say(activities.personalMessage("member2", "Dr Una Moir", "forget me"));
    say(activities.personalMessage("member2", "Dr Una Moir", "yes"));

    assertThat(
            awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(added.activityId()))
                .text())
        .startsWith("Someone who has since asked to be forgotten is now a chair of ");
  }
}
