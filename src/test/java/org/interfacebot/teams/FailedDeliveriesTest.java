package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

class FailedDeliveriesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final FailedEventPublications failed = mock(FailedEventPublications.class);
  private final FailedDeliveries deliveries =
      new FailedDeliveries(
          failed,
          Clock.fixed(NOW, ZoneOffset.UTC),
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          Duration.ofMinutes(10));

  @Test
  void aDeliveryThatKeepsFailingWaitsTwiceAsLongEachTimeUpToTheLongestWait() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(deliveries::waitAfter).map(Duration::toSeconds))
        .containsExactly(5L, 30L, 60L, 120L, 240L, 480L, 600L, 600L, 600L);
  }

  @Test
  void aDeliveryIsTriedAgainOnlyOnceItHasWaitedLongEnoughSinceItsLastTry() {
    assertThat(deliveries.due(tried(1, NOW.minusSeconds(5)), NOW)).isTrue();
    assertThat(deliveries.due(tried(1, NOW.minusSeconds(4)), NOW)).isFalse();
    assertThat(deliveries.due(tried(4, NOW.minusSeconds(120)), NOW)).isTrue();
    assertThat(deliveries.due(tried(4, NOW.minusSeconds(119)), NOW)).isFalse();
    assertThat(deliveries.due(tried(40, NOW.minus(Duration.ofMinutes(10))), NOW)).isTrue();
    assertThat(deliveries.due(tried(40, NOW.minus(Duration.ofMinutes(9))), NOW)).isFalse();
  }

  @Test
  void aClockPutBackOrAnOldRowWithoutItsLastTryDoesNotHoldADeliveryBack() {
    assertThat(deliveries.due(tried(3, NOW.plus(Duration.ofDays(7))), NOW)).isTrue();
    assertThat(deliveries.due(tried(3, null), NOW)).isTrue();
  }

  @Test
  void theResendAsksTheRegistryForFailedDeliveriesThatAreDue() {
    deliveries.resend();

    var options = ArgumentCaptor.forClass(ResubmissionOptions.class);
    verify(failed).resubmit(options.capture());
    assertThat(options.getValue().getMinAge()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.getValue().getFilter().test(tried(2, NOW.minusSeconds(30)))).isTrue();
    assertThat(options.getValue().getFilter().test(tried(2, NOW.minusSeconds(29)))).isFalse();
  }

  @Test
  void oldDeliveriesWaitingOutLongWaitsDoNotKeepANewerDueOneFromBeingTried() {
    deliveries.resend();

    var options = ArgumentCaptor.forClass(ResubmissionOptions.class);
    verify(failed).resubmit(options.capture());
    var waiting = IntStream.range(0, 600).mapToObj(i -> tried(8, NOW.minusSeconds(60))).toList();
    var dueNow = tried(2, NOW.minusSeconds(31));
    var read = new ArrayList<>(waiting);
    read.add(dueNow);

    assertThat(options.getValue().getBatchSize()).isGreaterThanOrEqualTo(read.size());
    assertThat(read.stream().filter(options.getValue().getFilter())).containsExactly(dueNow);
  }

  @Test
  void oneRoundResendsAtMostFiveHundredDeliveries() {
    deliveries.resend();

    var options = ArgumentCaptor.forClass(ResubmissionOptions.class);
    verify(failed).resubmit(options.capture());
    var due = IntStream.range(0, 700).mapToObj(i -> tried(2, NOW.minusSeconds(60))).toList();

    assertThat(due.stream().filter(options.getValue().getFilter()).count()).isEqualTo(500);
  }

  private static EventPublication tried(int tries, Instant lastTry) {
    var publication = mock(EventPublication.class);
    when(publication.getCompletionAttempts()).thenReturn(tries);
    when(publication.getLastResubmissionDate()).thenReturn(lastTry);
    return publication;
  }
}
