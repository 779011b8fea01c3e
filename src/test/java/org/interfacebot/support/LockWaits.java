package org.interfacebot.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests where a second request meets a first mid-way: run the second until it ends or waits for
 * a row lock the first holds, and tell when it does.
 */
public final class LockWaits {

  private LockWaits() {}

  /** Whether a session of the (H2) database is waiting for another's row lock. */
  public static boolean someoneWaits(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
            "select count(*) from information_schema.sessions where blocker_id is not null",
            Integer.class)
        > 0;
  }

  /** As {@link #someoneWaits}, on PostgreSQL: a lock asked for and not granted yet. */
  public static boolean someoneWaitsInPostgres(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from pg_locks where not granted", Integer.class)
        > 0;
  }

  /** Starts the thread and returns once it has ended or waits ({@code waiting}), at most 20 s. */
  public static void startUntilItWaits(Thread thread, BooleanSupplier waiting)
      throws InterruptedException {
    thread.start();
    long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (thread.isAlive() && !waiting.getAsBoolean() && System.nanoTime() < giveUp) {
      thread.join(10);
    }
  }
}
