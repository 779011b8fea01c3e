package org.interfacebot.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interfacebot.issues.IssueRaised;
import org.interfacebot.issues.IssueSummary;
import org.interfacebot.issues.Issues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety net for triage that is stuck: votes still undecided a while after their deadline, and
 * triage cards whose posting has not succeeded after repeated tries. Each stuck item is told to the
 * chairs once ({@code stuck_notice}); {@code health} lists them for as long as they are stuck.
 */
@Component
class StuckWork {

  /** A triage card not posted this long after the issue was raised has failed its retries. */
  static final Duration UNDELIVERED_AFTER = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TriageRoundRepository rounds;
  private final Issues issues;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration untriagedAfter;

  StuckWork(
      TriageRoundRepository rounds,
      Issues issues,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${interface-bot.triage.stuck-after:PT1H}") Duration untriagedAfter) {
    this.rounds = rounds;
    this.issues = issues;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.untriagedAfter = untriagedAfter;
  }

  /** Tells the chairs of every item newly stuck; returns how many. */
  @Transactional
  int report() {
    var now = clock.instant();
    int told = 0;
    for (RoundState state : List.of(RoundState.OPEN, RoundState.AWAITING_CHAIR)) {
      for (TriageRound round :
          rounds.findByStateAndDeadlineLessThanEqual(state, now.minus(untriagedAfter))) {
        String item = "untriaged:" + round.issueId() + ":" + round.deadline().getEpochSecond();
        if (tellOnce(item, round.issueId(), WorkStuck.Kind.UNTRIAGED, now)) {
          told++;
        }
      }
    }
    for (long issueId : undeliveredCards(null)) {
      if (tellOnce("undelivered:" + issueId, issueId, WorkStuck.Kind.CARD_UNDELIVERED, now)) {
        told++;
      }
    }
    return told;
  }

  private boolean tellOnce(String item, long issueId, WorkStuck.Kind kind, Instant now) {
    Integer told =
        jdbc.queryForObject(
            "select count(*) from stuck_notice where item_key = ?", Integer.class, item);
    Optional<IssueSummary> issue = issues.byId(issueId);
    if ((told != null && told > 0) || issue.isEmpty()) {
      return false;
    }
    jdbc.update(
        "insert into stuck_notice (item_key, group_id, noticed_at) values (?, ?, ?)",
        item,
        issue.get().groupId(),
        Timestamp.from(now));
    events.publishEvent(
        new WorkStuck(issueId, issue.get().groupId(), issue.get().reference(), kind, item));
    return true;
  }

  /**
   * Issues (of one group, or of all when {@code groupId} is null) whose triage card is still not
   * posted {@link #UNDELIVERED_AFTER} after they were raised: its delivery failed and is retried.
   */
  @Transactional(readOnly = true)
  List<Long> undeliveredCards(Long groupId) {
    var ids = new ArrayList<Long>();
    for (String event :
        jdbc.queryForList(
            "select serialized_event from event_publication where completion_date is null"
                + " and event_type = ? and listener_id like ? and publication_date < ?"
                + " order by publication_date",
            String.class,
            IssueRaised.class.getName(),
            "%TriageCardDelivery%",
            Timestamp.from(clock.instant().minus(UNDELIVERED_AFTER)))) {
      try {
        var raised = JSON.readTree(event);
        if (groupId == null || raised.path("groupId").asLong() == groupId) {
          ids.add(raised.path("issueId").asLong());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
        // Not an event this version wrote; health still counts it among undelivered messages.
      }
    }
    return ids;
  }
}
