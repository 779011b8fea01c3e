package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The scheduled sweeps (closing votes at their deadline, reminding members the day before,
 * reminding a reporter who has not answered) list the rounds due, then change each. A vote or an
 * answer that arrives between the two is kept: the sweep does not write the round back as it had
 * listed it.
 */
@Import(SweepsMeanwhileIT.AfterListing.class)
class SweepsMeanwhileIT extends BotConversationTest {

  /** What to do, once, on another request's thread, just after a sweep has listed its rounds. */
  static final AtomicReference<Runnable> meanwhile = new AtomicReference<>();

  /** The thread of the sweep: lists made by the bot's own threads meanwhile are not its. */
  static volatile Thread sweeping;

  @Autowired TriageClosing closing;
  @Autowired TriageReminders reminders;
  @Autowired MoreInfoWaits waits;

  @AfterEach
  void disarm() {
    meanwhile.set(null);
  }

  /** Runs this on another thread once the sweep on this thread has listed what is due. */
  private void whileSweeping(Runnable other) {
    sweeping = Thread.currentThread();
    meanwhile.set(other);
  }

  private int votes(String choice) {
    return jdbc.queryForObject("select votes_" + choice + " from triage_round", Integer.class);
  }

  @Test
  void aVoteCastWhileTheDeadlineSweepRunsIsCountedInTheDecision() {
    String reference = raiseOne();
    vote("member1", reference, "discuss");
    clock.advance(Duration.ofDays(8));

    whileSweeping(() -> vote("member2", reference, "discuss"));
    closing.closeDue();

    assertThat(meanwhile.get()).as("the vote was cast after the sweep listed").isNull();
    assertThat(votes("discuss")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(2);
  }

  @Test
  void aVoteCastWhileTheReminderSweepRunsIsNotUncounted() {
    String reference = raiseOne();
    clock.advance(Duration.ofDays(6).plusHours(1));

    whileSweeping(() -> vote("member2", reference, "refer"));
    reminders.remindDue();

    assertThat(meanwhile.get()).as("the vote was cast after the sweep listed").isNull();
    assertThat(votes("refer")).isOne();
    assertThat(jdbc.queryForObject("select reminded from triage_round", Boolean.class)).isTrue();
  }

  @Test
  void anAnswerGivenWhileTheReporterReminderSweepRunsReopensTheVote() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    clock.advance(Duration.ofDays(8));

    whileSweeping(
        () ->
            clickIn1to1(
                "gp1",
                "Dr Morag Fraser",
                "triage.moreinfo",
                Activities.data().put("issue", reference).put("answer", "Wards 7 and 9.")));
    waits.remindDue();

    assertThat(meanwhile.get()).as("the answer came after the sweep listed").isNull();
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
  }

  /**
   * Wraps the rounds' repository: after a query that lists (a sweep's first step), runs what {@link
   * #meanwhile} holds on another thread, as another request would, and waits for it.
   */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor meanwhileAfterListing() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (!(bean instanceof TriageRoundRepository rounds)) {
            return bean;
          }
          return Proxy.newProxyInstance(
              TriageRoundRepository.class.getClassLoader(),
              new Class<?>[] {TriageRoundRepository.class},
              (proxy, method, arguments) -> {
                Object result;
                try {
                  result = method.invoke(rounds, arguments);
                } catch (InvocationTargetException thrown) {
                  throw thrown.getCause();
                }
                if (result instanceof List<?> && Thread.currentThread() == sweeping) {
                  var other = meanwhile.getAndSet(null);
                  if (other != null) {
                    var request = new Thread(other);
                    request.start();
                    request.join();
                  }
                }
                return result;
              });
        }
      };
    }
  }
}
