package org.interfacebot.shadowing;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.AfterEachCall;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Another request that arrives while a click on Accept or Decline holds its match locked: a test
 * arms it, then clicks. Just after the click locks its match, the armed request starts on another
 * thread, and the click goes on once that request has locked listings of its own (a withdrawal,
 * {@code forget me} or retention), not waiting for it to finish, since it may wait for the click.
 * So each holds its first lock while the other goes for more, as in a race that ends in a deadlock
 * when the two take their locks in opposite orders.
 */
final class WhileMatchLocked {

  private static final AtomicReference<Runnable> other = new AtomicReference<>();
  private static volatile Thread clicking;
  private static volatile Thread started;
  private static volatile CountDownLatch listingsLocked = new CountDownLatch(0);

  private WhileMatchLocked() {}

  static void arm(Runnable request) {
    listingsLocked = new CountDownLatch(1);
    clicking = null;
    started = null;
    other.set(request);
  }

  /** Whether the armed request started while the click held its match. */
  static boolean ran() {
    return other.get() == null && started != null;
  }

  /** Waits for the armed request to finish. */
  static void awaitOther() throws InterruptedException {
    if (started != null) {
      started.join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  static void disarm() {
    other.set(null);
  }

  /** Wraps the match repository: just after a match is locked, starts the armed request. */
  static BeanPostProcessor matches() {
    return AfterEachCall.of(
        MatchRepository.class,
        (method, result) -> {
          if (method.equals("lockById")
              && result instanceof Optional<?> match
              && match.isPresent()) {
            var request = other.getAndSet(null);
            if (request != null) {
              clicking = Thread.currentThread();
              started = new Thread(request);
              started.start();
              listingsLocked.await(10, TimeUnit.SECONDS);
            }
          }
        });
  }

  /** Wraps the listing repository: the armed request's lock of listings lets the click go on. */
  static BeanPostProcessor listings() {
    return AfterEachCall.of(
        ListingRepository.class,
        (method, result) -> {
          if (method.equals("lockAllById")
              && started != null
              && Thread.currentThread() != clicking) {
            listingsLocked.countDown();
          }
        });
  }
}
