package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 gives stored progress updates their author: the current fellow for updates posted
 * since they were assigned, nobody for earlier ones (an earlier fellow, whom nothing recorded).
 */
class FellowUpdateAuthorMigrationTest {

  private static final Instant ASSIGNED = Instant.parse("2026-10-01T09:00:00Z");

  @Test
  void updatesSinceTheAssignmentAreTheCurrentFellows_earlierOnesHaveNoAuthor() {
    var database = h2("fellow-update-author");
    var jdbc = new JdbcTemplate(database);
    migrate(database, "15");
    jdbc.execute("set referential_integrity false");
    jdbc.update(
        "insert into fellow_assignment (id, issue_id, group_id, fellow_key, fellow_teams_id,"
            + " fellow_name, assigned_by, assigned_at) values (1, 1, 1, 'aad-now', '29:now',"
            + " 'Dr Now', 'aad-chair', ?)",
        Timestamp.from(ASSIGNED));
    update(jdbc, 1, ASSIGNED.minusSeconds(86_400));
    update(jdbc, 2, ASSIGNED.plusSeconds(60));
    jdbc.execute("set referential_integrity true");

    migrate(database, "17");

    assertThat(
            jdbc.queryForList(
                "select coalesce(author_key, '-') || '/' || coalesce(author_name, '-')"
                    + " from fellow_update order by id",
                String.class))
        .containsExactly("-/-", "aad-now/Dr Now");
  }

  private static void update(JdbcTemplate jdbc, long id, Instant postedAt) {
    jdbc.update(
        "insert into fellow_update (id, assignment_id, text, posted_at) values (?, 1, 'x', ?)",
        id,
        Timestamp.from(postedAt));
  }
}
