package org.interfacebot.meetings;

import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * FrozenAgendaIT on a real PostgreSQL: freezing marks the meeting with a conditional update under
 * the row's lock, which is how two instances freezing at once end with one agenda.
 */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
// Closed after the class, while PostgreSQL still runs: not at JVM exit, after the server stopped.
@DirtiesContext
class FrozenAgendaPostgresIT extends FrozenAgendaIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgreSql.database("frozen_agendas"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
