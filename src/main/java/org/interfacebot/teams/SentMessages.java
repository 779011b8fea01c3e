package org.interfacebot.teams;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the parts of a delivery already sent, for events that send several messages (minutes to
 * the channel, then an outcome to each reporter): when one part fails and the event is delivered
 * again, the parts that went out are not sent a second time.
 */
@Component
class SentMessages {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SentMessages(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Sends unless a message with this key was sent before; records it once sent. */
  void once(String key, Runnable send) {
    Integer sent =
        jdbc.queryForObject(
            "select count(*) from sent_message where message_key = ?", Integer.class, key);
    if (sent != null && sent > 0) {
      return;
    }
    send.run();
    try {
      jdbc.update(
          "insert into sent_message (message_key, sent_at) values (?, ?)",
          key,
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException sentMeanwhile) {
      // Another delivery of the same event got there too; nothing more to record.
    }
  }
}
