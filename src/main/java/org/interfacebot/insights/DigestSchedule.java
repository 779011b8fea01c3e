package org.interfacebot.insights;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due weekly digests every few minutes, on one instance at a time (ShedLock); the
 * database row per group and due time keeps it to one digest a week even if two ran at once.
 */
@Component
class DigestSchedule {

  private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

  private final Digests digests;

  DigestSchedule(Digests digests) {
    this.digests = digests;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.insights.digest-check-every:PT5M}",
      initialDelayString = "${interface-bot.schedules.first-run-after:PT10S}")
  @SchedulerLock(name = "insights-digest")
  void run() {
    int due = digests.recordDue();
    if (due > 0) {
      log.info("Digest schedule: {} weekly digests due", due);
    }
  }
}
