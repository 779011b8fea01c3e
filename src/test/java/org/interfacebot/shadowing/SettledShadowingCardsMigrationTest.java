package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.support.Migrations.h2;
import static org.interfacebot.support.Migrations.migrate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V18 forgets the proposal cards of shadowing matches settled before it (declined, or deleted with
 * a listing), and keeps those of matches still proposed or agreed, and every other posted card.
 */
class SettledShadowingCardsMigrationTest {

  @Test
  void cardsOfSettledMatchesGoAndTheRestStay() {
    var database = h2("settled-shadowing-cards");
    var jdbc = new JdbcTemplate(database);
    migrate(database, "17");
    jdbc.execute("set referential_integrity false");
    match(jdbc, 1, "PROPOSED");
    match(jdbc, 2, "AGREED");
    match(jdbc, 3, "DECLINED");
    for (String subject :
        new String[] {
          "shadowing-match:1:offer",
          "shadowing-match:1:request",
          "shadowing-match:2:request",
          "shadowing-match:3:offer",
          "shadowing-match:3:request",
          "shadowing-match:4:offer",
          "shadowing-match:11:offer",
          "triage:7"
        }) {
      jdbc.update(
          "insert into posted_card (subject, conversation_id, activity_id, posted_at)"
              + " values (?, 'chat', 'activity', current_timestamp)",
          subject);
    }
    jdbc.execute("set referential_integrity true");

    migrate(database, "18");

    assertThat(jdbc.queryForList("select subject from posted_card order by id", String.class))
        .containsExactly(
            "shadowing-match:1:offer",
            "shadowing-match:1:request",
            "shadowing-match:2:request",
            "triage:7");
  }

  private static void match(JdbcTemplate jdbc, long id, String state) {
    jdbc.update(
        "insert into shadowing_match (id, offer_id, request_id, state, proposed_at)"
            + " values (?, ?, ?, ?, current_timestamp)",
        id,
        id * 10,
        id * 10 + 1,
        state);
  }
}
