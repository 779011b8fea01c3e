package org.interfacebot.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
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
 *
 * <p>A delivery that keeps failing is tried less and less often: the wait after its second try is
 * {@code resend-failed-every}, and it doubles after each further try, up to {@code
 * resend-failed-at-most-every}. So a short outage is over for the group within a minute or two, and
 * a delivery Teams will never take (the bot removed from the group's team) costs a log line every
 * few minutes rather than twice a minute, while it stays outstanding for {@code health} and the
 * chairs' stuck-work notice.
 *
 * <p>The registry reads failed deliveries oldest first and only then asks which are due. So each
 * round reads up to {@link #READ_AT_MOST} of them and resends at most {@link #RESEND_AT_MOST} that
 * are due: hundreds of old deliveries waiting out their long waits (a team that removed the bot) do
 * not keep a newer delivery, already due, from being tried.
 */
@Component
class FailedDeliveries {

  static final int READ_AT_MOST = 20_000;
  static final int RESEND_AT_MOST = 500;

  private final FailedEventPublications failed;
  private final Clock clock;
  private final Duration firstWait;
  private final Duration wait;
  private final Duration longestWait;

  FailedDeliveries(
      FailedEventPublications failed,
      Clock clock,
      @Value("${interface-bot.teams.resend-failed-after:PT5S}") Duration firstWait,
      @Value("${interface-bot.teams.resend-failed-every:PT30S}") Duration wait,
      @Value("${interface-bot.teams.resend-failed-at-most-every:PT10M}") Duration longestWait) {
    this.failed = failed;
    this.clock = clock;
    this.firstWait = firstWait;
    this.wait = wait;
    this.longestWait = longestWait;
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.teams.resend-failed-every:PT30S}",
      initialDelayString = "${interface-bot.teams.resend-failed-every:PT30S}")
  @SchedulerLock(name = "resend-failed-deliveries", lockAtMostFor = "PT5M")
  void resend() {
    Instant now = clock.instant();
    var resent = new AtomicInteger();
    failed.resubmit(
        ResubmissionOptions.defaults()
            .withMinAge(firstWait)
            .withBatchSize(READ_AT_MOST)
            .withFilter(
                delivery -> due(delivery, now) && resent.incrementAndGet() <= RESEND_AT_MOST));
  }

  /** Whether a failed delivery has waited long enough since its last try to be tried again. */
  boolean due(EventPublication delivery, Instant now) {
    Instant lastTry = delivery.getLastResubmissionDate();
    if (lastTry == null || lastTry.isAfter(now)) {
      return true;
    }
    return !lastTry.plus(waitAfter(delivery.getCompletionAttempts())).isAfter(now);
  }

  /** The wait after a delivery's {@code tries}-th try (the first is when it was published). */
  Duration waitAfter(int tries) {
    if (tries <= 1) {
      return firstWait;
    }
    Duration next = wait;
    for (int doubled = 2; doubled < tries && next.compareTo(longestWait) < 0; doubled++) {
      next = next.multipliedBy(2);
    }
    return next.compareTo(longestWait) < 0 ? next : longestWait;
  }
}
