package org.interfacebot.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only SQL over the issue, triage and meeting tables for reports. Selects only stored fields,
 * which have all passed the patient-identifier guard, and never the reporter's key.
 */
@Component
class IssueFigures {

  /**
   * One issue as the statistics see it; {@code decidedAt} is null until triage decided, and {@code
   * triageOpen} says its vote is still open or awaits the chairs' decision.
   */
  record Counted(
      String category, String status, Instant raisedAt, Instant decidedAt, boolean triageOpen) {}

  /** One issue as the export writes it; {@code reporterName} is null for anonymous issues. */
  record Exported(
      String reference,
      Instant raisedAt,
      String title,
      String category,
      String direction,
      String source,
      String impact,
      String frequency,
      String status,
      Instant statusChangedAt,
      String decision,
      Instant decidedAt,
      String referredTo,
      String reporterName,
      String description,
      String suggestion) {}

  /**
   * An issue line for the digest. {@code kind} is the theme (new issues, votes) or the status the
   * outcome moved it to; {@code at} when it was raised, its vote closes or the outcome was
   * recorded.
   */
  record Line(String reference, String title, String kind, Instant at, String text) {}

  /**
   * When triage decided, only for a round that has a decision: one closed without a decision (it
   * awaits the chairs) is not decided, whatever an older version stored in {@code decided_at}.
   */
  private static final String DECIDED_AT = "case when r.state = 'CLOSED' then r.decided_at end";

  private final JdbcTemplate jdbc;

  IssueFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Counted> counted(long groupId, Instant from, Instant until) {
    return jdbc.query(
        """
        select i.category, i.status, i.raised_at, %s,
               case when r.state in ('OPEN', 'AWAITING_CHAIR') then 1 else 0 end
        from issue i left join triage_round r on r.issue_id = i.id
        where i.group_id = ? and i.raised_at >= ? and i.raised_at < ?
        """
            .formatted(DECIDED_AT),
        (rs, n) ->
            new Counted(
                rs.getString(1),
                rs.getString(2),
                instant(rs, 3),
                instant(rs, 4),
                rs.getInt(5) == 1),
        groupId,
        at(from == null ? Instant.EPOCH : from),
        at(until));
  }

  List<Exported> exported(long groupId) {
    return jdbc.query(
        """
        select i.reference, i.raised_at, i.title, i.category, i.direction, i.source, i.impact,
               i.frequency, i.status, i.status_changed_at,
               case when r.state = 'CLOSED' then r.decision end, %s,
               i.referred_to, case when i.show_name then i.reporter_name end, i.description,
               i.suggestion
        from issue i left join triage_round r on r.issue_id = i.id
        where i.group_id = ?
        order by i.raised_at, i.id
        """
            .formatted(DECIDED_AT),
        (rs, n) ->
            new Exported(
                rs.getString(1),
                instant(rs, 2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                instant(rs, 10),
                rs.getString(11),
                instant(rs, 12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16)),
        groupId);
  }

  List<Line> raised(long groupId, Instant from, Instant until) {
    return jdbc.query(
        """
        select reference, title, category, raised_at from issue
        where group_id = ? and raised_at >= ? and raised_at < ?
        order by raised_at, id
        """,
        (rs, n) ->
            new Line(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), null),
        groupId,
        at(from),
        at(until));
  }

  List<Line> votesClosing(long groupId, Instant from, Instant until) {
    return jdbc.query(
        """
        select i.reference, i.title, i.category, r.deadline from triage_round r
        join issue i on i.id = r.issue_id
        where r.group_id = ? and r.state = 'OPEN' and r.deadline >= ? and r.deadline < ?
        order by r.deadline, i.id
        """,
        (rs, n) ->
            new Line(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), null),
        groupId,
        at(from),
        at(until));
  }

  /**
   * Outcomes recorded at meetings: issues that moved to discussed, actioned or closed in the window
   * and have an outcome on an agenda (the latest meeting's, when several).
   */
  List<Line> outcomes(long groupId, Instant from, Instant until) {
    return jdbc.query(
        """
        select i.reference, i.title, i.status, i.status_changed_at, mi.outcome from issue i
        join meeting_item mi on mi.issue_id = i.id
        join meeting m on m.id = mi.meeting_id
        where i.group_id = ? and i.status in ('DISCUSSED', 'ACTIONED', 'CLOSED')
          and mi.outcome is not null and i.status_changed_at >= ? and i.status_changed_at < ?
          and m.starts_at = (select max(m2.starts_at) from meeting_item mi2
                             join meeting m2 on m2.id = mi2.meeting_id
                             where mi2.issue_id = i.id and mi2.outcome is not null)
        order by i.status_changed_at, i.id
        """,
        (rs, n) ->
            new Line(
                rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5)),
        groupId,
        at(from),
        at(until));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
