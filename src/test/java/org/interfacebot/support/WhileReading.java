package org.interfacebot.support;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scheduled sweep (or another request) that runs while a user's turn is being handled: just after
 * the turn has read what it is about to change, before it commits. A test arms it ({@link #arm})
 * and sends the turn; the wrapped repository ({@link #afterReading}) runs the armed work, once, on
 * another thread just after one of the named queries has found something on a thread other than the
 * test's, and lets the turn go on once that work has committed or waits for a row lock the turn
 * holds (it then goes on after the turn, as it would in production). The mirror of {@link
 * Meanwhile}, which lets a request in between a sweep's listing and its change.
 */
public final class WhileReading {

  private static final AtomicReference<Runnable> other = new AtomicReference<>();
  private static volatile Thread armedBy;
  private static volatile Thread meanwhile;
  private static volatile JdbcTemplate database;

  private WhileReading() {}

  /** Runs {@code work} on another thread once a turn has read; {@code jdbc} tells lock waits. */
  public static void arm(Runnable work, JdbcTemplate jdbc) {
    armedBy = Thread.currentThread();
    database = jdbc;
    other.set(work);
  }

  /** Whether the armed work has run; waits for it to end. */
  public static boolean ran() throws InterruptedException {
    var thread = meanwhile;
    if (thread != null) {
      thread.join(Duration.ofSeconds(20).toMillis());
    }
    return other.get() == null && (thread == null || !thread.isAlive());
  }

  public static void disarm() {
    other.set(null);
    meanwhile = null;
  }

  /**
   * Wraps the repository of that name (package-private to its package): after one of the queries
   * named finds something on a turn's thread, runs the armed work and waits for it.
   */
  public static BeanPostProcessor afterReading(String repository, String... queries) {
    Class<?> type;
    try {
      type = Class.forName(repository);
    } catch (ClassNotFoundException misspelt) {
      throw new IllegalArgumentException(repository, misspelt);
    }
    var names = Set.of(queries);
    return AfterEachCall.of(
        type,
        (method, result) -> {
          if (names.contains(method) && Thread.currentThread() != armedBy && found(result)) {
            var work = other.getAndSet(null);
            if (work != null) {
              runMeanwhile(work);
            }
          }
        });
  }

  private static boolean found(Object result) {
    return result instanceof Optional<?> one
        ? one.isPresent()
        : result instanceof Collection<?> many && !many.isEmpty();
  }

  private static void runMeanwhile(Runnable work) throws InterruptedException {
    var thread = new Thread(work);
    meanwhile = thread;
    LockWaits.startUntilItWaits(thread, () -> LockWaits.someoneWaits(database));
  }
}
