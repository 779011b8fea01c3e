package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.interfacebot.chat.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which activities were taken in, so that one Teams delivers again (after a failure or a
 * slow answer) is not processed a second time, on whichever instance it arrives. The claim is a row
 * with a unique key; a turn that fails gives its claim back so that Teams' retry is processed.
 */
@Component
class InboundActivities {

  private static final Duration KEPT = Duration.ofDays(1);
  private static final Logger log = LoggerFactory.getLogger(InboundActivities.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Texts texts;

  InboundActivities(JdbcTemplate jdbc, Clock clock, Texts texts) {
    this.texts = texts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Runs the turn the first time this activity arrives; a repeat gets a short answer only. */
  CompletableFuture<Void> once(TurnContext context, Supplier<CompletableFuture<Void>> turn) {
    Activity activity = context.getActivity();
    if (!claim(activity)) {
      log.info("Dropped a {} activity that was delivered again", activity.getType());
      return MessageGate.answerInvoke(context, texts.get("teams.already-done"));
    }
    CompletableFuture<Void> running;
    try {
      running = turn.get();
    } catch (RuntimeException failed) {
      release(activity);
      throw failed;
    }
    return running.whenComplete(
        (done, failed) -> {
          if (failed != null) {
            release(activity);
          }
        });
  }

  /** True the first time this activity is seen (and always for one without an id). */
  private boolean claim(Activity activity) {
    String key = key(activity);
    if (key == null) {
      return true;
    }
    try {
      jdbc.update(
          "insert into inbound_activity (activity_key, received_at) values (?, ?)",
          key,
          Timestamp.from(clock.instant()));
      return true;
    } catch (DuplicateKeyException seen) {
      return false;
    }
  }

  /** Forgets a claimed activity whose turn failed, so that Teams' redelivery is processed. */
  private void release(Activity activity) {
    String key = key(activity);
    if (key != null) {
      jdbc.update("delete from inbound_activity where activity_key = ?", key);
    }
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  @SchedulerLock(name = "inbound-activity-cleanup", lockAtMostFor = "PT10M")
  void forgetOldActivities() {
    jdbc.update(
        "delete from inbound_activity where received_at < ?",
        Timestamp.from(clock.instant().minus(KEPT)));
  }

  /** Activity ids are unique within a conversation; hashed to a fixed length. */
  private static String key(Activity activity) {
    String id = activity.getId();
    if (id == null || id.isBlank()) {
      return null;
    }
    String conversation =
        activity.getConversation() == null ? "" : activity.getConversation().getId();
    String whole = activity.getChannelId() + "\n" + conversation + "\n" + id;
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(whole.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
