package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What people write never reaches the logs, even at DEBUG: a marker planted in every kind of input
 * is looked for in every log event (message, arguments, exceptions and their causes).
 */
class NoMessageTextInLogsIT extends BotConversationTest {

  private static final String MARKER = "ZEBRA-MARKER-7731";
  private static final List<String> DEBUGGED = List.of("org.interfacebot", "com.microsoft.bot");

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.scheduling.TaskScheduler scheduler;

  private final Map<String, Level> levelsBefore = new java.util.HashMap<>();

  private static LoggerContext logging() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  @BeforeEach
  void logEverythingAtDebug() {
    for (String name : DEBUGGED) {
      Logger logger = logging().getLogger(name);
      levelsBefore.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
    }
    events.start();
    logging().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(events);
  }

  @AfterEach
  void restoreLevels() {
    logging().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(events);
    levelsBefore.forEach((name, level) -> logging().getLogger(name).setLevel(level));
  }

  @Test
  void aMarkerInEveryKindOfInputNeverAppearsInTheLogs() {
    installInTeam();
    // The raise dialog, with the marker in the title, the description and the suggestion.
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "Letters lost " + MARKER));
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "Nobody owns it " + MARKER));
    for (String answer : USUAL_ANSWERS.subList(1, 6)) {
      say(activities.personalMessage("gp1", "Dr Morag Fraser", answer));
    }
    var last = say(activities.personalMessage("gp1", "Dr Morag Fraser", "Fix it " + MARKER));
    last = say(activities.personalMessage("gp1", "Dr Morag Fraser", "yes"));
    String draftId = draftIdOf(last.get(last.size() - 1));
    assertThat(submit("gp1", "Dr Morag Fraser", draftId).status()).isEqualTo(200);
    // A patient identifier is refused: neither it nor the text around it is logged.
    say(activities.personalMessage("gp2", "Dr Ali Khan", "raise"));
    say(activities.personalMessage("gp2", "Dr Ali Khan", MARKER + " patient 943 476 5919"));
    say(activities.personalMessage("gp2", "Dr Ali Khan", "cancel"));
    // Free text, an Action.Submit value, card actions known and unknown, a channel command.
    say(activities.personalMessage("gp3", "Dr Free", "What about " + MARKER + "?"));
    say(
        activities.personalSubmit(
            "gp3", "Dr Free", Activities.data().put("answer", MARKER).put("draftId", MARKER)));
    post(
        activities.invoke(
            Activities.CHANNEL,
            "channel",
            "gp4",
            "Dr Voter",
            "triage.vote",
            Activities.data().put("reference", MARKER).put("vote", MARKER)));
    post(
        activities.invoke(
            Activities.personalConversation("gp4"),
            "personal",
            "gp4",
            "Dr Voter",
            MARKER,
            Activities.data().put("note", MARKER)));
    say(activities.channelMention("gp5", "Dr Chair", "status " + MARKER));
    say(activities.channelMention("gp5", "Dr Chair", MARKER));
    // Garbage carrying the marker.
    post("{\"type\":\"message\",\"text\":\"" + MARKER + "\",\"from\":7}", null);
    post("{\"type\":\"" + MARKER + "\"}", null);

    // The capture itself works at DEBUG for the bot's loggers.
    LoggerFactory.getLogger(BotController.class).debug("capture check");
    assertThat(events.list).anyMatch(e -> e.getFormattedMessage().equals("capture check"));
    assertThat(LoggerFactory.getLogger("com.microsoft.bot.builder").isDebugEnabled()).isTrue();
    assertThat(everythingLogged()).doesNotContain(MARKER);
  }

  /**
   * A delivery that fails while Teams is down is logged in one line, without Teams' answer, which
   * here quotes the message being sent; it is delivered once Teams is back.
   */
  @Test
  void aFailedDeliveryIsLoggedWithoutWhatItWasSending() {
    installInTeam();
    String draft = draftIssue("gp6", "Dr Eve Lamb", "Letters lost " + MARKER, "Test results");
    connector.health(FakeBotConnector.Health.DOWN);
    assertThat(submit("gp6", "Dr Eve Lamb", draft).status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                events.list.stream()
                    .anyMatch(
                        e ->
                            e.getFormattedMessage()
                                .equals(
                                    "TriageCardDelivery.on(IssueRaised) could not reach Teams"
                                        + " (HTTP 503); it will be sent again")));
    connector.health(FakeBotConnector.Health.UP);
    awaitEveryDeliveryMade(Duration.ofSeconds(60));

    assertThat(everythingLogged()).doesNotContain(MARKER);
    assertThat(events.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .as("Teams being down is expected: warnings, no errors")
        .isEmpty();
    assertThat(events.list)
        .as("the registry's own lines quote exception messages and events")
        .noneMatch(e -> e.getLoggerName().startsWith("org.springframework.modulith.events"));
  }

  /** Scheduled work that fails (here, with the marker in its message) is logged without it. */
  @Test
  void failedScheduledWorkIsLoggedWithoutTheExceptionsMessage() {
    scheduler.schedule(
        () -> {
          throw new IllegalStateException("Could not store " + MARKER);
        },
        java.time.Instant.now());

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                List.copyOf(events.list).stream()
                    .anyMatch(
                        e ->
                            e.getFormattedMessage()
                                .startsWith(
                                    "Scheduled work failed: java.lang.IllegalStateException at"
                                        + " org.interfacebot.teams.NoMessageTextInLogsIT")));
    assertThat(everythingLogged()).doesNotContain(MARKER);
  }

  private List<String> everythingLogged() {
    List<String> all = new ArrayList<>();
    for (ILoggingEvent event : events.list) {
      all.add(event.getFormattedMessage());
      all.add(String.valueOf(event.getMDCPropertyMap()));
      if (event.getKeyValuePairs() != null) {
        all.add(String.valueOf(event.getKeyValuePairs()));
      }
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        all.add(t.getClassName() + ": " + t.getMessage());
      }
    }
    return all.stream().filter(s -> s.contains(MARKER)).toList();
  }
}
