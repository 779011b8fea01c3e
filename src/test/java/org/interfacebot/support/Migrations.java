package org.interfacebot.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The bot's Flyway migrations run up to a chosen version, for the tests of one migration: fill a
 * database as the version before left it, migrate, and check what the migration made of it.
 */
public final class Migrations {

  private Migrations() {}

  /** An empty in-memory H2 database of this name, kept until the JVM ends. */
  public static JdbcDataSource h2(String name) {
    var database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return database;
  }

  /** Runs the migrations up to and including this version. */
  public static void migrate(DataSource database, String version) {
    Flyway.configure().dataSource(database).target(version).load().migrate();
  }
}
