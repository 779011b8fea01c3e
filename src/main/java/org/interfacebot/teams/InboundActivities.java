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
import org.interfacebot.chat.ActivityClaim;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers which activities were taken in, so that one Teams delivers again (after a failure or a
 * slow answer) is not processed a second time, on whichever instance it arrives. The claim is a row
 * with a unique key; a turn that fails gives its claim back so that Teams' retry is processed. It
 * is made in a transaction of its own before the turn, except for a card action that takes it
 * itself in the transaction doing its work ({@link
 * org.interfacebot.chat.CardAction#claimsItsActivity()}: a vote), which saves a commit on the
 * busiest path (P2 in docs/benchmarks.md).
 */
@Component
class InboundActivities {

  private static final Duration KEPT = Duration.ofDays(1);
  private static final String LEFT_TO_THE_ACTION = InboundActivities.class.getName() + ".claim";
  private static final Logger log = LoggerFactory.getLogger(InboundActivities.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Texts texts;
  private final ChatDispatcher dispatcher;

  InboundActivities(JdbcTemplate jdbc, Clock clock, Texts texts, ChatDispatcher dispatcher) {
    this.texts = texts;
    this.jdbc = jdbc;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  /** Runs the turn the first time this activity arrives; a repeat gets a short answer only. */
  CompletableFuture<Void> once(TurnContext context, Supplier<CompletableFuture<Void>> turn) {
    Activity activity = context.getActivity();
    String key = key(activity);
    Claim claim = new Claim(key);
    if (key != null && dispatcher.claimsItsActivity(TurnReader.verb(activity))) {
      context.getTurnState().add(LEFT_TO_THE_ACTION, claim);
    } else if (claim.takeNow()) {
      log.info("Dropped a {} activity that was delivered again", activity.getType());
      return MessageGate.answerInvoke(context, texts.get("teams.already-done"));
    }
    CompletableFuture<Void> running;
    try {
      running = turn.get();
    } catch (RuntimeException failed) {
      claim.release();
      throw failed;
    }
    return running.whenComplete(
        (done, failed) -> {
          if (failed != null) {
            claim.release();
          }
        });
  }

  /**
   * One activity's claim. It is given back only by the turn that took it: a repeat refused while
   * the first delivery's transaction was still open must not free the first one's key.
   */
  private final class Claim implements ActivityClaim {

    private final String key;
    private volatile boolean taken;

    Claim(String key) {
      this.key = key;
    }

    /** Claims it in a transaction of its own; true when it had been done before. */
    boolean takeNow() {
      taken = insert(key);
      return !taken;
    }

    /**
     * Claims it in the action's transaction (its connection, its commit); a repeat is refused,
     * which rolls the action back. A second delivery racing the first waits on the key until the
     * first one's transaction ends.
     */
    @Override
    public void take() {
      if (!TransactionSynchronizationManager.isActualTransactionActive()) {
        throw new IllegalStateException("An action's claim must be taken in its transaction");
      }
      if (!insert(key)) {
        log.info("Dropped a card action that was delivered again");
        throw new CardActionRefused(texts.get("teams.already-done"));
      }
      taken = true;
    }

    /** Forgets the claim of a turn that failed, so that Teams' redelivery is processed. */
    void release() {
      if (taken && key != null) {
        jdbc.update("delete from inbound_activity where activity_key = ?", key);
      }
    }
  }

  /** The claim a card action takes itself, or {@link ActivityClaim#NONE} when it was made. */
  static ActivityClaim claimLeftTo(TurnContext context) {
    ActivityClaim claim = context.getTurnState().get(LEFT_TO_THE_ACTION);
    return claim == null ? ActivityClaim.NONE : claim;
  }

  /** True the first time this activity is seen (and always for one without an id). */
  private boolean insert(String key) {
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
