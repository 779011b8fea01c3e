package org.interfacebot.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Another request that arrives while a scheduled sweep runs: between the sweep's listing of what is
 * due and its change to each. A test arms it on the sweep's thread ({@link #whileSweeping}) and
 * calls the sweep; the wrapped repository ({@link #afterListing}) runs the request, once, on
 * another thread just after the first query on the sweep's thread that lists something, and waits
 * for it to commit. Lists made by the bot's own threads meanwhile are not the sweep's.
 */
public final class Meanwhile {

  private static final AtomicReference<Runnable> other = new AtomicReference<>();
  private static volatile Thread sweeping;

  private Meanwhile() {}

  /** Runs this on another thread once the sweep on this thread has listed what is due. */
  public static void whileSweeping(Runnable request) {
    sweeping = Thread.currentThread();
    other.set(request);
  }

  /** Whether the request armed has run (after the sweep listed). */
  public static boolean ran() {
    return other.get() == null;
  }

  public static void disarm() {
    other.set(null);
  }

  /** As {@link #afterListing(Class)}, for a repository package-private to another package. */
  public static BeanPostProcessor afterListing(String repository) {
    try {
      return afterListing(Class.forName(repository));
    } catch (ClassNotFoundException misspelt) {
      throw new IllegalArgumentException(repository, misspelt);
    }
  }

  /**
   * Wraps the repository of that type: after a query on the sweep's thread that lists something
   * (the sweep's first step), runs the armed request on another thread and waits for it.
   */
  public static BeanPostProcessor afterListing(Class<?> repository) {
    return AfterEachCall.of(
        repository,
        (method, result) -> {
          if (result instanceof List<?> listed
              && !listed.isEmpty()
              && Thread.currentThread() == sweeping) {
            var request = other.getAndSet(null);
            if (request != null) {
              var thread = new Thread(request);
              thread.start();
              thread.join();
            }
          }
        });
  }
}
