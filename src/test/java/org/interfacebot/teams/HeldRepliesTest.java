package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.teams.TeamsRetryTest.answered;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures to send a reply are worth holding for later (ConnectorOutageIT: end to end). */
class HeldRepliesTest {

  @Test
  void teamsBeingDownOrBusyIsWorthWaitingFor() {
    assertThat(HeldReplies.worthHolding(new CompletionException(answered(503, null)))).isTrue();
    assertThat(HeldReplies.worthHolding(answered(500, null))).isTrue();
    assertThat(HeldReplies.worthHolding(answered(429, "1"))).isTrue();
    assertThat(HeldReplies.worthHolding(new CompletionException(new ConnectException()))).isTrue();
    assertThat(
            HeldReplies.worthHolding(
                new UncheckedIOException(new SocketTimeoutException("no answer"))))
        .isTrue();
  }

  @Test
  void whatWouldFailAgainIsNotHeld() {
    assertThat(HeldReplies.worthHolding(answered(403, null))).as("the bot was removed").isFalse();
    assertThat(HeldReplies.worthHolding(answered(400, null))).isFalse();
    assertThat(HeldReplies.worthHolding(new CompletionException(new IllegalStateException())))
        .isFalse();
  }
}
