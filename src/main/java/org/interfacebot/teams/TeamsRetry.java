package org.interfacebot.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Calls the Bot Connector, waiting and trying again when Teams answers 429 (too many requests) for
 * as long as its {@code Retry-After} asks. Other failures are the caller's: the event publication
 * registry or the stale-card sweep retries them later.
 */
final class TeamsRetry {

  static final int ATTEMPTS = 5;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  /**
   * The longest one call may take. A call that never answers fails after this, so its delivery is
   * marked failed and sent again later, instead of holding its event "in flight" for good.
   */
  static final Duration LONGEST_CALL = Duration.ofSeconds(60);

  private TeamsRetry() {}

  static void run(Supplier<CompletableFuture<Void>> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        call.get().orTimeout(LONGEST_CALL.toMillis(), TimeUnit.MILLISECONDS).join();
        return;
      } catch (RuntimeException failed) {
        var wait = retryAfter(Failures.root(failed));
        if (wait == null || attempt == ATTEMPTS) {
          throw failed;
        }
        sleep(wait);
      }
    }
  }

  /**
   * Calls once, without waiting out a 429: for work on the scheduler's thread, which a wait would
   * keep from everything else scheduled (vote deadlines, reminders). The caller tries again after
   * {@link #retryAfter(Throwable)}.
   */
  static void once(Supplier<CompletableFuture<Void>> call) {
    call.get().orTimeout(LONGEST_CALL.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  /** The wait Teams asked for, or null when the failure is not a 429. */
  static Duration retryAfter(Throwable failure) {
    if (!(failure instanceof ErrorResponseException error) || Failures.status(error) != 429) {
      return null;
    }
    String header = error.response().headers().get("Retry-After");
    try {
      long seconds = header == null ? 1 : Long.parseLong(header.strip());
      var asked = Duration.ofSeconds(Math.max(0, seconds));
      return asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
    } catch (NumberFormatException httpDate) {
      return Duration.ofSeconds(1);
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry", interrupted);
    }
  }
}
