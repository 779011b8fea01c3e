package org.interfacebot.fellows;

import org.interfacebot.support.EmbeddedPostgreSql;
import org.interfacebot.support.LockWaits;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link FellowForgottenWhileAssignedIT} on a real PostgreSQL, which locks rows for {@code select
 * ... for update} as in production and finds a deadlock in its own way.
 */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
// Closed after the class, while PostgreSQL still runs: not at JVM exit, after the server stopped.
@DirtiesContext
class FellowForgottenWhileAssignedPostgresIT extends FellowForgottenWhileAssignedIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url", () -> EmbeddedPostgreSql.database("fellow_forgotten_meanwhile"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Override
  boolean someoneWaits() {
    return LockWaits.someoneWaitsInPostgres(jdbc);
  }
}
