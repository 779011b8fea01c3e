package org.interfacebot.teams;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers the parts of a delivery already sent, for events that send several messages (minutes to
 * the channel, then an outcome to each reporter): when one part fails and the event is delivered
 * again, the parts that went out are not sent a second time.
 *
 * <p>Each part is recorded in a transaction of its own, committed as soon as it is sent: the
 * listener's transaction is rolled back when a later part fails, and a record kept in it would be
 * lost with it (MinutesResendIT).
 */
@Component
class SentMessages {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  SentMessages(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sends unless a message with this key was sent before; records it once sent (or refused by Teams
   * for good, which {@link ProactiveMessenger} gives up).
   */
  void once(String key, Runnable send) {
    Integer sent =
        ownTransaction.execute(
            status ->
                jdbc.queryForObject(
                    "select count(*) from sent_message where message_key = ?", Integer.class, key));
    if (sent != null && sent > 0) {
      return;
    }
    send.run();
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into sent_message (message_key, sent_at) values (?, ?)",
                  key,
                  Timestamp.from(clock.instant())));
    } catch (DuplicateKeyException sentMeanwhile) {
      // Another delivery of the same event got there too; nothing more to record.
    }
  }
}
