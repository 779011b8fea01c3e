package org.interfacebot.shadowing;

import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ShadowingLockOrderIT} on a real PostgreSQL, which finds a deadlock in its own way and
 * locks rows for {@code select ... for update} and {@code delete} as in production.
 */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
// Closed after the class, while PostgreSQL still runs: not at JVM exit, after the server stopped.
@DirtiesContext
class ShadowingLockOrderPostgresIT extends ShadowingLockOrderIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgreSql.database("shadowing_locks"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
