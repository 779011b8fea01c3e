package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Health;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Teams' connector answers 503 for a while, then recovers: what the bot had to say meanwhile
 * arrives afterwards, exactly once. FailedDeliveries resends failed deliveries every second in the
 * tests, so a 60-second outage sees dozens of failed resends before Teams recovers.
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
    awaitRetried("ReporterNotifications", 1, Duration.ofSeconds(20));
    assertThat(connector.sent()).as("nothing gets through while Teams is down").isEmpty();

    connector.health(Health.UP);

    // Resent by the registry's failed-publication sweep; allow several sweeps on a busy machine.
    awaitSent(this::updateToReporter, Duration.ofSeconds(60));
    awaitSent(
        s ->
            s.method().equals("PUT")
                && s.activityId().equals(card.activityId())
                && s.cardText().contains("Votes cast: 2"),
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

  private static final Duration OUTAGE = Duration.ofSeconds(60);

  /** Generous: the machine may be busy; nothing here measures time. */
  static final Duration AFTER_RECOVERY = Duration.ofMinutes(3);

  /**
   * A real 60-second outage with a triage card, reporter notifications and a meeting announcement
   * (and the reporter's thanks) to deliver: each arrives once Teams is back, exactly once.
   */
  @Test
  void aSixtySecondOutageLosesNothingAndDoublesNothing() {
    installInTeam();
    String first = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    Sent firstCard = awaitSent(s -> triageCardOf(s, "Results sent to the wrong GP"));
    String draft = draftIssue("gp2", "Dr Ann Gray", "Clinic letters arrive late", "Prescribing");
    connector.clear();

    connector.health(Health.DOWN);
    long down = System.nanoTime();
    var submitted = submit("gp2", "Dr Ann Gray", draft);
    assertThat(submitted.status()).isEqualTo(200);
    String second = "IF-" + YEAR + "-0002";
    assertThat(CardText.of(submitted.json().path("value"))).contains("Raised: " + second);
    var closed =
        clickInChannel(
            "chair",
            "triage.close",
            Activities.data().put("issue", first).put("choice", "discuss"));
    assertThat(closed.status()).isEqualTo(200);
    // The chair's own reply cannot reach Teams now; the meeting is kept and announced later,
    // and the reply is held for the thread.
    var theme =
        activities.channelMention(
            "chair", "Dr Ann Law", "theme Test results on 14 January " + (YEAR + 1));
    String thread = theme.path("conversation").path("id").asText();
    post(theme);
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(1);

    while (System.nanoTime() - down < OUTAGE.toNanos()) {
      await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
    }
    assertThat(connector.sent()).as("nothing gets through while Teams is down").isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select max(completion_attempts) from event_publication"
                    + " where completion_date is null",
                Integer.class))
        .as("deliveries were tried again during the outage")
        .isGreaterThan(1);

    connector.health(Health.UP);

    Sent secondCard = awaitSent(s -> triageCardOf(s, "Clinic letters arrive late"), AFTER_RECOVERY);
    assertThat(secondCard.cardText()).contains(second + ": Clinic letters arrive late");
    awaitSent(s -> thanks(s, "gp2", second), AFTER_RECOVERY);
    awaitSent(s -> announcement(s), AFTER_RECOVERY);
    await()
        .atMost(AFTER_RECOVERY)
        .until(
            () -> connector.sent().stream().filter(s -> updateFor(s, "gp1", first)).count() >= 2);
    awaitSent(
        s -> s.method().equals("PUT") && s.activityId().equals(firstCard.activityId()),
        AFTER_RECOVERY);
    awaitEveryDeliveryMade(AFTER_RECOVERY);
    // Several more resend rounds: nothing arrives a second time.
    await().pollDelay(Duration.ofSeconds(5)).until(() -> true);

    List<Sent> sent = connector.sent();
    assertThat(sent).filteredOn(s -> triageCardOf(s, "Clinic letters arrive late")).hasSize(1);
    assertThat(sent).filteredOn(s -> triageCardOf(s, "Results sent to the wrong GP")).isEmpty();
    assertThat(sent).filteredOn(s -> thanks(s, "gp2", second)).hasSize(1);
    assertThat(sent).filteredOn(ConnectorOutageIT::announcement).hasSize(1);
    assertThat(sent)
        .filteredOn(s -> s.conversationId().equals(thread))
        .singleElement()
        .satisfies(reply -> assertThat(reply.text()).contains("meeting is set for"));
    List<String> updates =
        sent.stream().filter(s -> updateFor(s, "gp1", first)).map(Sent::text).toList();
    assertThat(updates)
        .as("the discuss decision, then the meeting")
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertThat(sent)
        .filteredOn(
            s ->
                s.method().equals("POST")
                    && !s.conversationId().equals(Activities.CHANNEL)
                    && !s.conversationId().equals(thread))
        .as("everything posted to a 1:1 chat")
        .allMatch(s -> thanks(s, "gp2", second) || updateFor(s, "gp1", first));
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(2);
  }

  /**
   * The thanks (with the reference) after submitting an issue is not lost when Teams is down at
   * that moment, and a second click on Submit does not send it twice.
   */
  @Test
  void theThanksForAnIssueSubmittedWhileTeamsIsDownArrivesOnce() {
    installInTeam();
    String draft =
        draftIssue("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    connector.clear();

    connector.health(Health.DOWN);
    var submitted = submit("gp1", "Dr Morag Fraser", draft);
    String reference = "IF-" + YEAR + "-0001";
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(CardText.of(submitted.json().path("value"))).contains("Raised: " + reference);
    assertThat(jdbc.queryForObject("select reference from issue", String.class))
        .isEqualTo(reference);
    awaitRetried("ReporterNotifications", 1, Duration.ofSeconds(60));
    assertThat(connector.sent()).isEmpty();
    connector.health(Health.UP);

    Sent thanks = awaitSent(s -> thanks(s, "gp1", reference), AFTER_RECOVERY);
    assertThat(thanks.text())
        .isEqualTo(
            "Thank you. Your issue is **"
                + reference
                + "**. I've posted it to Grampian Interface Group for triage and I'll tell you"
                + " here what the group decides. Type `status "
                + reference
                + "` at any time to see where it is.");
    var again = submit("gp1", "Dr Morag Fraser", draft);
    assertThat(CardText.of(again.json().path("value"))).contains("Raised: " + reference);
    awaitSent(s -> triageCardOf(s, "Results sent to the wrong GP"), AFTER_RECOVERY);
    awaitEveryDeliveryMade(AFTER_RECOVERY);
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(connector.sent()).filteredOn(s -> thanks(s, "gp1", reference)).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(1);
  }

  /** A triage card posted (not an announcement whose agenda lists the issue). */
  private static boolean triageCardOf(Sent s, String title) {
    return s.method().equals("POST")
        && s.conversationId().equals(Activities.CHANNEL)
        && s.hasCard()
        && s.cardText().contains(title)
        && s.cardText().contains("Votes so far");
  }

  private static boolean thanks(Sent s, String user, String reference) {
    return s.conversationId().equals(Activities.personalConversation(user))
        && s.text().startsWith("Thank you. Your issue is **" + reference + "**");
  }

  /** The meeting announcement (theme "Test results") posted in the channel. */
  static boolean announcement(Sent s) {
    return s.method().equals("POST")
        && s.conversationId().equals(Activities.CHANNEL)
        && s.cardText().contains("Next meeting: Test results");
  }

  private static boolean updateFor(Sent s, String user, String reference) {
    return s.conversationId().equals(Activities.personalConversation(user))
        && s.text().startsWith("Update on your issue **" + reference + "**");
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
