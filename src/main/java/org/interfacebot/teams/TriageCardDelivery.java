package org.interfacebot.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueRaised;
import org.interfacebot.issues.IssueSupported;
import org.interfacebot.triage.TriageCardChanged;
import org.interfacebot.triage.TriageCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts each new issue's triage card in its group's channel, and keeps the posted card current.
 * Changes only mark the card stale; a sweep sends the newest version at most once a second per
 * card, so a storm of votes never exceeds Teams' rate limits and the final state always goes out.
 *
 * <p>The sweep runs on the scheduler's thread, which also closes votes at their deadline and sends
 * reminders: an update Teams throttles (429) is not waited out there, which could hold that thread
 * for minutes. The card stays stale and its conversation is left alone until the {@code
 * Retry-After} has passed; the sweep goes on with the other conversations' cards. Each instance
 * remembers the waits it was asked for, so another instance may try once more meanwhile and be
 * asked to wait in turn.
 */
@Component
class TriageCardDelivery {

  private static final Logger log = LoggerFactory.getLogger(TriageCardDelivery.class);

  private final Groups groups;
  private final TriageCards cards;
  private final ProactiveMessenger messenger;
  private final PostedCardRepository posted;
  private final Clock clock;

  /** Conversations Teams throttled, and until when it asked the bot to wait. */
  private final Map<String, Instant> throttledUntil = new ConcurrentHashMap<>();

  TriageCardDelivery(
      Groups groups,
      TriageCards cards,
      ProactiveMessenger messenger,
      PostedCardRepository posted,
      Clock clock) {
    this.groups = groups;
    this.cards = cards;
    this.messenger = messenger;
    this.posted = posted;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(IssueRaised raised) {
    String subject = PostedCard.triage(raised.issueId());
    if (posted.findBySubject(subject).isPresent()) {
      return;
    }
    var group = groups.byId(raised.groupId()).orElseThrow();
    var post =
        messenger.post(
            ConversationReferences.channelKey(group.teamId()), cards.triageCard(raised.issueId()));
    posted.save(new PostedCard(subject, post.conversationId(), post.activityId(), clock.instant()));
  }

  /**
   * Changes to a card (a vote, a close, a +1) mark it stale in the change's own transaction: one
   * small update, not an event publication handed to another thread, and a change that rolls back
   * leaves the card as it was.
   */
  @EventListener
  void on(TriageCardChanged changed) {
    posted.markStale(PostedCard.triage(changed.issueId()));
  }

  @EventListener
  void on(IssueSupported supported) {
    posted.markStale(PostedCard.triage(supported.issueId()));
  }

  @Scheduled(
      fixedDelayString = "${interface-bot.teams.card-refresh-every:PT1S}",
      initialDelayString = "${interface-bot.schedules.first-run-after:PT10S}")
  @SchedulerLock(name = "triage-card-refresh", lockAtMostFor = "PT1M")
  void refreshStaleCards() {
    Instant now = clock.instant();
    throttledUntil.values().removeIf(until -> !until.isAfter(now));
    for (PostedCard card : posted.findByStaleTrue()) {
      if (throttledUntil.containsKey(card.conversationId())) {
        continue; // stays stale for a later sweep
      }
      long issueId = Long.parseLong(card.subject().substring("triage:".length()));
      // Cleared before rendering: a change during the update marks it stale again for next time.
      posted.markFresh(card.id(), clock.instant());
      try {
        var groupId = cards.groupOf(issueId);
        if (groupId.isEmpty()) {
          // Deleted since it changed (retention): nothing left to show, so nothing to try again.
          continue;
        }
        var group = groups.byId(groupId.get()).orElseThrow();
        messenger.updateOnce(
            ConversationReferences.channelKey(group.teamId()),
            card.conversationId(),
            card.activityId(),
            cards.triageCard(issueId));
      } catch (RuntimeException failed) {
        var wait = TeamsRetry.retryAfter(Failures.root(failed));
        if (wait != null) {
          posted.markStale(card.subject());
          throttledUntil.put(card.conversationId(), now.plus(wait));
          log.info("Teams throttled a triage card's update; trying again in {}", wait);
        } else if (Failures.refusedByTeams(failed)) {
          // E.g. the card was deleted in Teams (404): another try would be refused too.
          log.warn(
              "Teams refused an update of a triage card ({}); not tried again",
              Failures.answer(failed));
        } else {
          posted.markStale(card.subject());
          log.warn("Could not update a triage card, will retry: {}", Failures.describe(failed));
        }
      }
    }
  }
}
