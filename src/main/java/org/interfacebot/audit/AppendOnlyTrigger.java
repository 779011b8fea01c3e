package org.interfacebot.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of the append-only guard on audit_entry (see migration V10_1): refuses the change. */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
