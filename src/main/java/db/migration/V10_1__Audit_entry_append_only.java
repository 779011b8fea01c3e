package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes audit_entry append-only in the database itself: a trigger refuses every UPDATE and DELETE,
 * whoever sends it. PostgreSQL and H2 write triggers differently, so this is Java, not SQL.
 * (TRUNCATE, a table owner's DDL, is not refused: restricting it is a matter of database grants.)
 */
public class V10_1__Audit_entry_append_only extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String database = context.getConnection().getMetaData().getDatabaseProductName();
    try (Statement sql = context.getConnection().createStatement()) {
      if (database.startsWith("PostgreSQL")) {
        sql.execute(
            """
            create function audit_entry_append_only() returns trigger language plpgsql as $$
            begin
              raise exception 'audit_entry is append-only: % refused', tg_op;
            end
            $$""");
        sql.execute(
            "create trigger audit_entry_append_only before update or delete on audit_entry"
                + " for each row execute function audit_entry_append_only()");
      } else if (database.startsWith("H2")) {
        sql.execute(
            "create trigger audit_entry_append_only before update, delete on audit_entry"
                + " for each row call 'org.interfacebot.audit.AppendOnlyTrigger'");
      } else {
        throw new IllegalStateException("No append-only guard for audit_entry on " + database);
      }
    }
  }
}
