package org.interfacebot.fellows;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.interfacebot.support.AfterEachCall;
import org.interfacebot.support.LockWaits;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Another turn that arrives while one is being handled: just after the first has read an issue's
 * assignment. A test arms it ({@link #afterReading}) and sends the first turn; the wrapped
 * repository ({@link #wrapping}) runs the other turn, once, on another thread after the next read
 * of an assignment by issue, and lets the first go on once the other has been answered or is kept
 * waiting by a lock in the database (it then goes on after the first, as it would in Teams). {@link
 * #after} arms it for another method of a repository wrapped by {@link #wrapping(String...)}.
 */
public final class AtTheSameMoment {

  private static final AtomicReference<Runnable> other = new AtomicReference<>();
  private static volatile BooleanSupplier someoneWaits = () -> false;
  private static volatile String armedAfter = "findByIssueId";
  private static volatile Thread meanwhile;

  private AtTheSameMoment() {}

  /** Runs {@code turn} meanwhile; {@code waiting} tells whether a turn waits for a lock. */
  static void afterReading(Runnable turn, BooleanSupplier waiting) {
    after("findByIssueId", turn, waiting);
  }

  /** As {@link #afterReading}, just after the next call of the repository method named. */
  public static void after(String method, Runnable turn, BooleanSupplier waiting) {
    armedAfter = method;
    someoneWaits = waiting;
    other.set(turn);
  }

  /** Whether the armed turn has run; waits for it to be answered. */
  public static boolean ran() throws InterruptedException {
    var thread = meanwhile;
    if (thread != null) {
      thread.join(java.time.Duration.ofSeconds(20).toMillis());
    }
    return other.get() == null && (thread == null || !thread.isAlive());
  }

  public static void disarm() {
    other.set(null);
    meanwhile = null;
  }

  static BeanPostProcessor wrapping() {
    return wrapping(AssignmentRepository.class.getName());
  }

  /** Wraps the repositories of these types (named: some are package-private to other packages). */
  public static BeanPostProcessor wrapping(String... repositories) {
    var types = new java.util.ArrayList<Class<?>>();
    for (String type : repositories) {
      try {
        types.add(Class.forName(type));
      } catch (ClassNotFoundException misspelt) {
        throw new IllegalArgumentException(type, misspelt);
      }
    }
    return AfterEachCall.of(
        types,
        (method, result) -> {
          if (method.equals(armedAfter)) {
            var turn = other.getAndSet(null);
            if (turn != null) {
              runMeanwhile(turn);
            }
          }
        });
  }

  private static void runMeanwhile(Runnable turn) throws InterruptedException {
    var thread = new Thread(turn);
    meanwhile = thread;
    LockWaits.startUntilItWaits(thread, someoneWaits);
  }
}
