package org.interfacebot.teams;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The time Teams gives a turn: its answer is awaited here, on the thread the SDK called us on. */
final class TurnDeadline {

  /** How long Teams waits for the answer to an activity (15 s), less a margin. */
  static final Duration DEADLINE = Duration.ofSeconds(14);

  private TurnDeadline() {}

  /**
   * The turn's outcome once it is over; a turn slower than Teams waits for is given up as {@link
   * TurnTooSlow} (it may still finish later, unseen: Teams has given up on it too).
   */
  static CompletableFuture<Void> finishedHere(CompletableFuture<Void> turn) {
    try {
      turn.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      return CompletableFuture.completedFuture(null);
    } catch (ExecutionException failed) {
      return CompletableFuture.failedFuture(failed.getCause());
    } catch (TimeoutException slow) {
      return CompletableFuture.failedFuture(new TurnTooSlow());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(interrupted);
    }
  }

  /** A turn took longer than Teams waits for an answer. */
  static final class TurnTooSlow extends RuntimeException {
    TurnTooSlow() {
      super("The turn took longer than " + DEADLINE.toSeconds() + " s");
    }
  }
}
