package org.interfacebot.triage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes votes at their deadline, reminds members who have not voted the day before and reporters
 * who have not answered a request for more information (MoreInfoWaits). Runs once across instances
 * (ShedLock) and, being driven by the database, survives restarts.
 */
@Component
class TriageSchedule {

  private static final Logger log = LoggerFactory.getLogger(TriageSchedule.class);

  private final TriageClosing closing;
  private final TriageReminders reminders;
  private final StuckWork stuck;
  private final MoreInfoWaits waits;

  TriageSchedule(
      TriageClosing closing, TriageReminders reminders, StuckWork stuck, MoreInfoWaits waits) {
    this.closing = closing;
    this.reminders = reminders;
    this.stuck = stuck;
    this.waits = waits;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.triage.check-every:PT1M}",
      initialDelayString = "${interface-bot.schedules.first-run-after:PT10S}")
  @SchedulerLock(name = "triage-schedule")
  void run() {
    int closed = closing.closeDue();
    int reminded = reminders.remindDue();
    reminded += reminders.followUpReferrals();
    reminded += waits.remindDue();
    int stuckTold = stuck.report();
    if (closed + reminded + stuckTold > 0) {
      log.info(
          "Triage schedule: {} votes closed, {} reminders sent, {} stuck items told to the chairs",
          closed,
          reminded,
          stuckTold);
    }
  }
}
