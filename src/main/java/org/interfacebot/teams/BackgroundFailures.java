package org.interfacebot.teams;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Logs work that failed in the background in one line, without the exception's message: Spring's
 * defaults log the whole exception at ERROR, and its message may quote what was being sent or
 * stored (the SDK puts Teams' answer in it, a proxy's error page can quote the request, and H2
 * quotes the values of a row it refused).
 *
 * <ul>
 *   <li>A delivery to Teams (an event listener, run on the task executor) stays in the event
 *       publication registry and is sent again ({@link FailedDeliveries}); Teams being down or busy
 *       is expected, so only a warning.
 *   <li>Scheduled work (all modules' {@code @Scheduled} methods) runs again at its next time.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class BackgroundFailures implements AsyncConfigurer {

  private static final Logger log = LoggerFactory.getLogger(BackgroundFailures.class);

  @Override
  public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
    return BackgroundFailures::failed;
  }

  @Bean
  static ThreadPoolTaskSchedulerCustomizer scheduledWorkFailures() {
    return scheduler ->
        scheduler.setErrorHandler(
            failure -> log.error("Scheduled work failed: {}", Failures.describe(failure)));
  }

  private static void failed(Throwable failure, Method listener, Object... arguments) {
    String delivery = name(listener);
    if (Failures.teamsUnavailable(failure)) {
      log.warn(
          "{} could not reach Teams ({}); it will be sent again",
          delivery,
          Failures.answer(failure));
    } else {
      log.error("{} failed: {}; it will be tried again", delivery, Failures.describe(failure));
    }
  }

  /** E.g. "TriageCardDelivery.on(IssueRaised)". */
  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName()
        + "."
        + method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
