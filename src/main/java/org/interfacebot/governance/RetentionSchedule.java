package org.interfacebot.governance;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs retention every few hours, once across instances (ShedLock). Logs counts only: never a
 * reference, a key or a name.
 */
@Component
class RetentionSchedule {

  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final Retention retention;
  private final CompletedEventPublications delivered;
  private final RetentionPolicy policy;

  RetentionSchedule(
      Retention retention, CompletedEventPublications delivered, RetentionPolicy policy) {
    this.retention = retention;
    this.delivered = delivered;
    this.policy = policy;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.retention.check-every:PT6H}",
      initialDelayString = "${interface-bot.retention.first-check-after:PT10M}")
  @SchedulerLock(name = "retention-schedule")
  void run() {
    Retention.Applied applied = retention.apply();
    delivered.deletePublicationsOlderThan(policy.keepDeliveredEventsFor());
    if (applied.anything()) {
      log.info(
          "Retention: {} issues anonymised, {} issues deleted, {} votes reduced to tallies, {}"
              + " decisions no longer naming their chair, {} people unlinked from audit entries,"
              + " {} sense-check, shadowing and fellow records unlinked or deleted",
          applied.issuesAnonymised(),
          applied.issuesDeleted(),
          applied.votesUnlinked(),
          applied.decidersUnlinked(),
          applied.auditUnlinked(),
          applied.otherRecords());
    }
  }
}
