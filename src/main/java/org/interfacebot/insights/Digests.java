package org.interfacebot.insights;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.interfacebot.groups.DigestPlan;
import org.interfacebot.groups.Groups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides which groups' digests are due and records each once (group and due time are unique) with
 * its {@link DigestDue} event, in one transaction. A due time missed by more than {@code
 * digest-late-by} (the app was down) is skipped rather than posted days late; a group installed
 * after its due time waits for the next one; a due time on the day of the last digest (the chair
 * moved the time later that day) waits for the next week.
 */
@Component
class Digests {

  /** A recorded digest: what it covers. */
  record Recorded(long groupId, Instant since, Instant dueAt) {}

  private final Groups groups;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration lateBy;

  Digests(
      Groups groups,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock,
      InsightsProperties properties) {
    this.groups = groups;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
    this.lateBy = properties.digestLateBy();
  }

  /** Records and announces every digest now due; returns how many. */
  int recordDue() {
    Instant now = clock.instant();
    int recorded = 0;
    for (DigestPlan plan : groups.digestPlans()) {
      if (plan.setting().on() && recordIfDue(plan, now)) {
        recorded++;
      }
    }
    return recorded;
  }

  private boolean recordIfDue(DigestPlan plan, Instant now) {
    long groupId = plan.group().id();
    Instant due = DigestTimes.latest(plan.setting(), now);
    if (due.isBefore(now.minus(lateBy)) || !due.isAfter(plan.installedAt())) {
      return false;
    }
    Optional<Instant> last = lastDue(groupId);
    // A time moved later on the day a digest was posted is next week's: one digest a day at most.
    if (last.isPresent()
        && (!due.isAfter(last.get()) || Period.dayOf(due).equals(Period.dayOf(last.get())))) {
      return false;
    }
    Instant since = last.orElse(max(due.minus(Duration.ofDays(7)), plan.installedAt()));
    try {
      return Boolean.TRUE.equals(
          transactions.execute(
              status -> {
                long id = insert(groupId, due, since, now);
                events.publishEvent(new DigestDue(groupId, id));
                return true;
              }));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherInstance) {
      // Another instance recorded this digest first (the unique group and due time).
      return false;
    }
  }

  Optional<Recorded> byId(long digestId) {
    return jdbc
        .query(
            "select group_id, since, due_at from insights_digest where id = ?",
            (rs, n) ->
                new Recorded(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, OffsetDateTime.class).toInstant()),
            digestId)
        .stream()
        .findFirst();
  }

  private Optional<Instant> lastDue(long groupId) {
    var last =
        jdbc.queryForObject(
            "select max(due_at) from insights_digest where group_id = ?",
            OffsetDateTime.class,
            groupId);
    return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
  }

  private long insert(long groupId, Instant due, Instant since, Instant now) {
    var key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into insights_digest (group_id, due_at, since, created_at)"
                      + " values (?, ?, ?, ?)",
                  new String[] {"id"});
          insert.setLong(1, groupId);
          insert.setObject(2, due.atOffset(ZoneOffset.UTC));
          insert.setObject(3, since.atOffset(ZoneOffset.UTC));
          insert.setObject(4, now.atOffset(ZoneOffset.UTC));
          return insert;
        },
        key);
    return key.getKey().longValue();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
