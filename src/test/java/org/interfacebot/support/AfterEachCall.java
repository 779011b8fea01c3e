package org.interfacebot.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps a repository bean so that a test's hook runs after each of its calls returns, on the
 * caller's thread: how {@link Meanwhile}, {@link WhileReading} and the like make one request meet
 * another at a chosen point.
 */
public final class AfterEachCall {

  /** What runs after a call of the wrapped repository's {@code method} returned {@code result}. */
  @FunctionalInterface
  public interface Hook {
    void returned(String method, Object result) throws Exception;
  }

  private AfterEachCall() {}

  /** A bean post-processor that wraps the bean of that type (an interface) with the hook. */
  public static BeanPostProcessor of(Class<?> repository, Hook hook) {
    return of(List.of(repository), hook);
  }

  /** As {@link #of(Class, Hook)}, for the beans of any of these types. */
  public static BeanPostProcessor of(List<Class<?>> repositories, Hook hook) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        var type = repositories.stream().filter(t -> t.isInstance(bean)).findFirst();
        if (type.isEmpty()) {
          return bean;
        }
        return Proxy.newProxyInstance(
            type.get().getClassLoader(),
            new Class<?>[] {type.get()},
            (proxy, method, arguments) -> {
              Object result;
              try {
                // The repositories are package-private: invoked from here, not from their package.
                method.setAccessible(true);
                result = method.invoke(bean, arguments);
              } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
              }
              hook.returned(method.getName(), result);
              return result;
            });
      }
    };
  }
}
