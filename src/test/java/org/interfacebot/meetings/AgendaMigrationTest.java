package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import javax.sql.DataSource;
import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V14 freezes the agenda of each meeting whose minutes were already out, from the outcomes recorded
 * against it and the issues its minutes' audit entries name; a held meeting still waiting for its
 * minutes is left for the bot to freeze.
 */
class AgendaMigrationTest {

  @Test
  void meetingsWithMinutesOutKeepTheIssuesTheyDiscussed() {
    var database = h2("agenda-migration");
    upgrade(database, "set referential_integrity false", "set referential_integrity true");
  }

  @Test
  @EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
  void onPostgreSqlToo() {
    var database =
        new DriverManagerDataSource(
            EmbeddedPostgreSql.database("agenda_migration"), "postgres", "");
    upgrade(
        database,
        "set session_replication_role = replica",
        "set session_replication_role = origin");
  }

  /** Fills a V13 database (foreign keys off: only the rows that matter) and upgrades it. */
  private static void upgrade(DataSource database, String keysOff, String keysOn) {
    var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection(database), true));
    migrate(database, "13");
    jdbc.execute(keysOff);
    issue(jdbc, 1, "IF-2027-0001", "2027-01-02T10:00:00Z");
    issue(jdbc, 2, "IF-2027-0002", "2027-01-01T10:00:00Z");
    issue(jdbc, 3, "IF-2027-0003", "2027-01-03T10:00:00Z");
    issue(jdbc, 4, "IF-2027-0004", "2027-02-20T10:00:00Z");
    meeting(jdbc, 1, "2027-01-14T13:00:00Z", "2027-01-20T09:00:00Z");
    meeting(jdbc, 2, "2027-03-11T13:00:00Z", null);
    jdbc.update(
        "insert into meeting_item (meeting_id, issue_id, added, outcome) values"
            + " (1, 1, false, 'Letters will list changes'), (1, 3, true, null),"
            + " (2, 4, true, 'Noted')");
    minutesEntry(jdbc, null, "2027-01-14T13:00:00Z");
    minutesEntry(jdbc, "IF-2027-0001", "2027-01-14T13:00:00Z");
    minutesEntry(jdbc, "IF-2027-0002", "2027-01-14T13:00:00Z");
    minutesEntry(jdbc, "IF-2027-0004", "2026-11-12T13:00:00Z");
    jdbc.update(
        "insert into audit_entry (group_id, reference, at, action, actor, detail) values"
            + " (1, 'IF-2027-0003', current_timestamp, 'THEME', 'PERSON',"
            + " 'PRESCRIBING@2027-01-14T13:00:00Z')");
    jdbc.execute(keysOn);

    migrate(database, "14");

    assertThat(
            jdbc.queryForList(
                "select issue_id from meeting_agenda_item where meeting_id = 1 order by position",
                Long.class))
        .containsExactly(2L, 1L);
    assertThat(
            jdbc.queryForList(
                "select position from meeting_agenda_item order by position", Integer.class))
        .containsExactly(0, 1);
    assertThat(
            jdbc.queryForList(
                "select agenda_frozen_at is not null from meeting order by id", Boolean.class))
        .containsExactly(true, false);
  }

  private static java.sql.Connection connection(DataSource database) {
    try {
      return database.getConnection();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void issue(JdbcTemplate jdbc, long id, String reference, String raisedAt) {
    jdbc.update(
        "insert into issue (id, group_id, reference, title, description, category, status,"
            + " reporter_key, raised_at, draft_id, show_name, status_changed_at)"
            + " values (?, 1, ?, 't', 'd', 'PRESCRIBING', 'SCHEDULED', 'aad-gp', ?, ?, false,"
            + " current_timestamp)",
        id,
        reference,
        java.sql.Timestamp.from(java.time.Instant.parse(raisedAt)),
        "draft-" + id);
  }

  private static void meeting(JdbcTemplate jdbc, long id, String startsAt, String minutesAt) {
    jdbc.update(
        "insert into meeting (id, group_id, theme, starts_at, minutes_url, minutes_at)"
            + " values (?, 1, 'PRESCRIBING', ?, ?, ?)",
        id,
        java.sql.Timestamp.from(java.time.Instant.parse(startsAt)),
        minutesAt == null ? null : "https://nhsscotland.sharepoint.com/m.docx",
        minutesAt == null ? null : java.sql.Timestamp.from(java.time.Instant.parse(minutesAt)));
  }

  private static void minutesEntry(JdbcTemplate jdbc, String reference, String meetingStart) {
    jdbc.update(
        "insert into audit_entry (group_id, reference, at, action, actor, detail)"
            + " values (1, ?, current_timestamp, 'MINUTES', 'PERSON', ?)",
        reference,
        meetingStart);
  }
}
