package org.interfacebot.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One real PostgreSQL server for the whole test JVM (zonky's binaries from Maven, no Docker), with
 * a fresh database for each test class that asks. PostgreSQL refuses to run as root: as root the
 * PostgreSQL tests are skipped (run the build as a normal user, or under {@code unshare --user
 * --map-user=1000}).
 */
public final class EmbeddedPostgreSql {

  private static EmbeddedPostgres server;
  private static final Map<String, String> databases = new HashMap<>();

  private EmbeddedPostgreSql() {}

  /** For {@code @EnabledIf}: PostgreSQL will not start as root. */
  public static boolean canRun() {
    return !"root".equals(System.getProperty("user.name"));
  }

  /**
   * Creates an empty database the first time a name is asked for, and returns its JDBC URL (user
   * postgres, no password). Spring asks a dynamic property more than once.
   */
  public static synchronized String database(String name) {
    return databases.computeIfAbsent(name, EmbeddedPostgreSql::create);
  }

  private static String create(String name) {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgreSql::stop));
      }
      try (var connection = server.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create database " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // The JVM is exiting anyway.
    }
  }
}
