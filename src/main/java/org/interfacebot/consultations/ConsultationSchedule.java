package org.interfacebot.consultations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes sense-checks at their deadline, once across instances (ShedLock and a guarded update). */
@Component
class ConsultationSchedule {

  private static final Logger log = LoggerFactory.getLogger(ConsultationSchedule.class);

  private final Consultations consultations;

  ConsultationSchedule(Consultations consultations) {
    this.consultations = consultations;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.consultations.check-every:PT1M}",
      initialDelayString = "${interface-bot.schedules.first-run-after:PT10S}")
  @SchedulerLock(name = "consultation-schedule")
  void run() {
    int closed = consultations.closeDue();
    if (closed > 0) {
      log.info("Sense-check schedule: {} closed", closed);
    }
  }
}
