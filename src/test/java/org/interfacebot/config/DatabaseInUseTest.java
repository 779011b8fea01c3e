package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseInUseTest {

  private final DatabaseInUse analyzer = new DatabaseInUse();

  @Test
  void aDatabaseFileOpenElsewhereIsExplainedWithWhatToDo() {
    var h2 =
        new SQLException(
            "Database may be already in use: \"/srv/bot/data/interface-bot.mv.db\". Possible"
                + " solutions: close all other connection(s); use the server mode",
            "90020",
            DatabaseInUse.ALREADY_OPEN);
    var failure =
        new IllegalStateException(
            "Unable to obtain connection from database", new RuntimeException("pool", h2));

    var analysis = analyzer.analyze(failure);

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .isEqualTo(
            "The embedded database (/srv/bot/data/interface-bot.mv.db) is already open in another"
                + " process: another Interface Bot is running on the same data folder.");
    assertThat(analysis.getAction()).contains("DATA_DIR").contains("PostgreSQL (DATABASE_URL");
    assertThat(analysis.getCause()).isSameAs(h2);
  }

  @Test
  void otherDatabaseFailuresAreLeftToSpringBoot() {
    var refused = new SQLException("Connection refused", "08001", 0);

    assertThat(analyzer.analyze(new IllegalStateException("start", refused))).isNull();
    assertThat(analyzer.analyze(new IllegalStateException("no database at all"))).isNull();
  }
}
