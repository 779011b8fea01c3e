package org.interfacebot.shadowing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Another card action that arrives while a click on Accept or Decline is being handled: a test arms
 * it, then clicks; just before the click locks its match, the armed action runs, once, on another
 * thread, and commits. The click then waits on nothing and sees what the other action left.
 */
final class BeforeMatchLock {

  private static final AtomicReference<Runnable> other = new AtomicReference<>();

  private BeforeMatchLock() {}

  static void arm(Runnable action) {
    other.set(action);
  }

  /** Whether the armed action has run. */
  static boolean ran() {
    return other.get() == null;
  }

  static void disarm() {
    other.set(null);
  }

  /** Wraps the match repository: before a lock of a match, runs the armed action and waits. */
  static BeanPostProcessor wrapping() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof MatchRepository)) {
          return bean;
        }
        return Proxy.newProxyInstance(
            MatchRepository.class.getClassLoader(),
            new Class<?>[] {MatchRepository.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("lockById")) {
                var action = other.getAndSet(null);
                if (action != null) {
                  var thread = new Thread(action);
                  thread.start();
                  thread.join();
                }
              }
              try {
                method.setAccessible(true);
                return method.invoke(bean, arguments);
              } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
              }
            });
      }
    };
  }
}
