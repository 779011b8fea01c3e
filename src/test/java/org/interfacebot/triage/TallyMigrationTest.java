package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V13 fills each round's tally from the votes a group had already cast before the upgrade. */
class TallyMigrationTest {

  @Test
  void roundsAlreadyVotedOnKeepTheirTallyAfterTheUpgrade() {
    var database = h2("tally-migration");
    var jdbc = new JdbcTemplate(database);
    migrate(database, "12");
    jdbc.execute("set referential_integrity false");
    round(jdbc, 1);
    round(jdbc, 2);
    round(jdbc, 3);
    vote(jdbc, 1, "a", "DISCUSS");
    vote(jdbc, 1, "b", "DISCUSS");
    vote(jdbc, 1, "c", "DECLINE");
    vote(jdbc, 2, "a", "MORE_INFO");
    vote(jdbc, 2, "b", "REFER");
    jdbc.execute("set referential_integrity true");

    migrate(database, "13");

    assertThat(
            jdbc.queryForList(
                "select issue_id, votes_discuss, votes_refer, votes_more_info, votes_decline"
                    + " from triage_round order by issue_id"))
        .extracting(row -> row.values().stream().map(v -> ((Number) v).intValue()).toList())
        .containsExactly(
            java.util.List.of(1, 2, 0, 0, 1),
            java.util.List.of(2, 0, 1, 1, 0),
            java.util.List.of(3, 0, 0, 0, 0));
  }

  private static void round(JdbcTemplate jdbc, long issueId) {
    jdbc.update(
        "insert into triage_round (issue_id, group_id, opened_at, deadline, state)"
            + " values (?, 1, current_timestamp, current_timestamp, 'OPEN')",
        issueId);
  }

  private static void vote(JdbcTemplate jdbc, long issueId, String voter, String choice) {
    jdbc.update(
        "insert into triage_vote (issue_id, voter_key, choice, cast_at)"
            + " values (?, ?, ?, current_timestamp)",
        issueId,
        voter,
        choice);
  }
}
