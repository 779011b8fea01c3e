package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V15 removes the made-up name "A colleague" that acknowledgements stored before it. */
class UnnamedAcknowledgerMigrationTest {

  @Test
  void aStoredFallbackNameIsRemovedAndRealNamesAreKept() {
    var database = h2("unnamed-acknowledgers");
    var jdbc = new JdbcTemplate(database);
    migrate(database, "14");
    jdbc.execute("set referential_integrity false");
    acknowledgement(jdbc, 1, "A colleague");
    acknowledgement(jdbc, 2, "Dr Ann Law");
    jdbc.execute("set referential_integrity true");

    migrate(database, "15");

    assertThat(
            jdbc.queryForList(
                "select acknowledged_by from minutes_ack order by network_id", String.class))
        .containsExactly(null, "Dr Ann Law");
  }

  private static void acknowledgement(JdbcTemplate jdbc, long networkId, String name) {
    jdbc.update(
        "insert into minutes_ack (meeting_id, network_id, acknowledged_by, acknowledged_by_key,"
            + " acknowledged_at) values (1, ?, ?, 'person', current_timestamp)",
        networkId,
        name);
  }
}
