package org.interfacebot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole triage loop on a real PostgreSQL: the Flyway scripts, the JPA mappings, the event
 * publication registry and ShedLock all run on it as in production.
 */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
// Closed after the class, while PostgreSQL still runs: not at JVM exit, after the server stopped.
@DirtiesContext
class PostgresConversationIT extends BotConversationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgreSql.database("conversations"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void anIssueIsRaisedTriagedAndClosedOnPostgreSql() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    var card =
        awaitSent(
            s ->
                s.method().equals("POST")
                    && s.conversationId().equals(Activities.CHANNEL)
                    && s.hasCard());
    assertThat(card.cardText()).contains(reference, "Results sent to the wrong GP");

    vote("member1", reference, "discuss");
    var second = vote("member2", reference, "discuss");
    assertThat(CardText.of(second.json().path("value")))
        .contains("Votes so far: 2", "Discuss at group: 2");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(2);

    String closed =
        say(activities.channelMention(
                "chair", "Dr Ann Law", "close " + reference + " decline Already covered"))
            .get(0)
            .text();
    assertThat(closed).startsWith("Closed the vote");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("Update"))
                .text())
        .contains(reference, "Not taken on by the group", "Reason: Already covered.");
    assertThat(jdbc.queryForObject("select status from issue", String.class)).isNotBlank();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theAuditTrailIsReadableAndAppendOnlyOnPostgreSql() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    assertThat(chair("audit " + reference)).contains(": Dr Morag Fraser raised the issue");
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update audit_entry set action = 'CLOSED' where reference = ?", reference))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry where reference = ?", reference))
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.queryForObject(
                "select action from audit_entry where reference = ?", String.class, reference))
        .isEqualTo("RAISED");
  }
}
