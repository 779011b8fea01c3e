package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V23 counts the meetings held before it runs as reminded of their minutes, so that a group that
 * never used {@code minutes} is not sent a reminder for each past meeting; meetings to come are
 * reminded in their turn.
 */
class MinutesReminderMigrationTest {

  @Test
  void pastMeetingsCountAsRemindedAndComingOnesDoNot() {
    upgrade(h2("minutes-reminder-migration"), "set referential_integrity false");
  }

  @Test
  @EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
  void onPostgreSqlToo() {
    upgrade(
        new DriverManagerDataSource(
            EmbeddedPostgreSql.database("minutes_reminder_migration"), "postgres", ""),
        "set session_replication_role = replica");
  }

  private static void upgrade(DataSource database, String keysOff) {
    migrate(database, "22");
    JdbcTemplate jdbc;
    try {
      jdbc = new JdbcTemplate(new SingleConnectionDataSource(database.getConnection(), true));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    jdbc.execute(keysOff);
    var now = Instant.now();
    meeting(jdbc, 1, now.minus(Duration.ofDays(400)));
    meeting(jdbc, 2, now.minus(Duration.ofDays(4)));
    meeting(jdbc, 3, now.plus(Duration.ofDays(30)));

    migrate(database, "23");

    assertThat(jdbc.queryForList("select minutes_reminded from meeting order by id", Boolean.class))
        .containsExactly(true, true, false);
  }

  private static void meeting(JdbcTemplate jdbc, long id, Instant startsAt) {
    jdbc.update(
        "insert into meeting (id, group_id, theme, starts_at) values (?, 1, 'PRESCRIBING', ?)",
        id,
        Timestamp.from(startsAt));
  }
}
