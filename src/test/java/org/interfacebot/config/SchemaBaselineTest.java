package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interfacebot.support.Migrations.h2;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On an empty H2 database Flyway runs the baseline (db/baseline/h2) instead of V1-V20: it must
 * build exactly the schema they build, and a database migrated before it must ignore it.
 */
class SchemaBaselineTest {

  private static final String MIGRATIONS = "classpath:db/migration";
  private static final String BASELINE = "classpath:db/baseline/h2";

  @Test
  void theBaselineBuildsTheSchemaTheMigrationsBuild() {
    var migrated = h2("schema-migrated");
    var baselined = h2("schema-baselined");
    flyway(migrated, MIGRATIONS).migrate();
    flyway(baselined, MIGRATIONS, BASELINE).migrate();

    assertThat(schema(baselined)).isEqualTo(schema(migrated)).isNotEmpty();
    assertThat(flyway(baselined, MIGRATIONS, BASELINE).info().applied())
        .extracting(MigrationInfo::getScript)
        .first()
        .isEqualTo("B20__baseline.sql");
  }

  @Test
  void theBaselineKeepsAuditEntriesAppendOnly() {
    var baselined = h2("schema-append-only");
    flyway(baselined, MIGRATIONS, BASELINE).migrate();
    var jdbc = new JdbcTemplate(baselined);
    jdbc.update(
        "insert into audit_entry (group_id, at, action, actor) values (1, current_timestamp,"
            + " 'RAISED', 'reporter')");

    assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'chair'"))
        .hasMessageContaining("audit_entry is append-only: UPDATE refused");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
        .hasMessageContaining("audit_entry is append-only: DELETE refused");
  }

  @Test
  void aDatabaseMigratedBeforeTheBaselineIgnoresIt() {
    var upgraded = h2("schema-upgraded");
    var migrated = h2("schema-migrated-whole");
    Flyway.configure().dataSource(upgraded).locations(MIGRATIONS).target("15").load().migrate();
    flyway(upgraded, MIGRATIONS, BASELINE).migrate();
    flyway(migrated, MIGRATIONS).migrate();

    assertThat(flyway(upgraded, MIGRATIONS, BASELINE).info().applied())
        .extracting(MigrationInfo::getScript)
        .doesNotContain("B20__baseline.sql")
        .contains("V20__larger_deliveries.sql");
    assertThat(schema(upgraded)).isEqualTo(schema(migrated));
    assertThat(flyway(upgraded, MIGRATIONS, BASELINE).validateWithResult().validationSuccessful)
        .isTrue();
  }

  private static Flyway flyway(DataSource database, String... locations) {
    return Flyway.configure().dataSource(database).locations(locations).load();
  }

  /**
   * H2's own script of the schema, without Flyway's history, its user and the names H2 makes up for
   * unnamed constraints, in a fixed order.
   */
  private static List<String> schema(DataSource database) {
    return new JdbcTemplate(database)
        .queryForList("script nodata nosettings", String.class).stream()
            .filter(line -> !line.startsWith("--") && !line.startsWith("CREATE USER"))
            .filter(line -> !line.contains("flyway_schema_history"))
            .map(line -> line.replaceAll("\"CONSTRAINT_[0-9A-F]+\"", "\"CONSTRAINT\""))
            .sorted()
            .toList();
  }
}
