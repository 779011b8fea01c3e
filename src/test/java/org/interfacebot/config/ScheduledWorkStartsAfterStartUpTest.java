package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * No periodic work runs while the bot is still starting: every scheduled method waits before its
 * first run, {@code interface-bot.schedules.first-run-after} unless it has a delay of its own
 * (docs/benchmarks.md, P4).
 */
class ScheduledWorkStartsAfterStartUpTest {

  @Test
  void everyScheduledMethodHasAnInitialDelay() {
    List<Scheduled> schedules = scheduledMethods();

    assertThat(schedules).hasSizeGreaterThanOrEqualTo(8);
    assertThat(schedules)
        .allSatisfy(s -> assertThat(s.initialDelayString()).isNotEmpty())
        .filteredOn(s -> s.initialDelayString().contains("schedules.first-run-after"))
        .hasSize(5);
  }

  private static List<Scheduled> scheduledMethods() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    return scanner.findCandidateComponents("org.interfacebot").stream()
        .map(BeanDefinition::getBeanClassName)
        .map(name -> ClassUtils.resolveClassName(name, null))
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .map(method -> method.getAnnotation(Scheduled.class))
        .filter(s -> s != null)
        .toList();
  }
}
