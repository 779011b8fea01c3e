package org.interfacebot.teams;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, while the application runs, every delivery to Teams that failed (the connector was
 * down, or kept answering 429): its event stays in the publication registry until a listener
 * completes it. Only failed publications are resent, never ones still in flight, so a slow delivery
 * is not doubled; a delivery stuck in flight is marked failed after the staleness limits in
 * application.yml, e.g. when its instance died.
 */
@Component
class FailedDeliveries {

  private final FailedEventPublications failed;
  private final Duration minAge;

  FailedDeliveries(
      FailedEventPublications failed,
      @Value("${interface-bot.teams.resend-failed-after:PT5S}") Duration minAge) {
    this.failed = failed;
    this.minAge = minAge;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.teams.resend-failed-every:PT30S}",
      initialDelayString = "${interface-bot.teams.resend-failed-every:PT30S}")
  @SchedulerLock(name = "resend-failed-deliveries", lockAtMostFor = "PT5M")
  void resend() {
    failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
  }
}
