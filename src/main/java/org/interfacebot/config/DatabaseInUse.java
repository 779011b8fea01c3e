package org.interfacebot.config;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second bot started on the same embedded database is refused by H2, which locks the file: says
 * so, and what to do, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
final class DatabaseInUse extends AbstractFailureAnalyzer<SQLException> {

  /**
   * H2's error code for a database file another process has open
   * (ErrorCode.DATABASE_ALREADY_OPEN_1).
   */
  static final int ALREADY_OPEN = 90020;

  private static final Pattern FILE = Pattern.compile("\"([^\"]+)\"");

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    SQLException open = alreadyOpen(cause);
    if (open == null) {
      return null;
    }
    var file = FILE.matcher(String.valueOf(open.getMessage()));
    String where = file.find() ? " (" + file.group(1) + ")" : "";
    return new FailureAnalysis(
        "The embedded database"
            + where
            + " is already open in another process: another Interface Bot is running on the same"
            + " data folder.",
        "Stop the other bot first, or give this one a folder of its own with DATA_DIR. To run"
            + " several instances on one database, use PostgreSQL (DATABASE_URL; see the README,"
            + " Deployment).",
        open);
  }

  private static SQLException alreadyOpen(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == ALREADY_OPEN) {
        return sql;
      }
    }
    return null;
  }
}
