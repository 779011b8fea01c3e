package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.teams.TeamsRetryTest.answered;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures mean Teams cannot take a message now but may later (ConnectorOutageIT). */
class FailuresTest {

  @Test
  void teamsBeingDownOrBusyIsWorthWaitingFor() {
    assertThat(Failures.teamsUnavailable(new CompletionException(answered(503, null)))).isTrue();
    assertThat(Failures.teamsUnavailable(answered(500, null))).isTrue();
    assertThat(Failures.teamsUnavailable(answered(429, "1"))).isTrue();
    assertThat(Failures.teamsUnavailable(new CompletionException(new ConnectException()))).isTrue();
    assertThat(
            Failures.teamsUnavailable(
                new UncheckedIOException(new SocketTimeoutException("no answer"))))
        .isTrue();
  }

  @Test
  void whatWouldFailAgainIsNotHeld() {
    assertThat(Failures.teamsUnavailable(answered(403, null))).as("the bot was removed").isFalse();
    assertThat(Failures.teamsUnavailable(answered(400, null))).isFalse();
    assertThat(Failures.teamsUnavailable(new CompletionException(new IllegalStateException())))
        .isFalse();
  }

  @Test
  void onlyWhatTeamsWouldRefuseAgainIsGivenUp() {
    assertThat(Failures.refusedByTeams(new CompletionException(answered(403, null))))
        .as("the bot blocked or removed")
        .isTrue();
    assertThat(Failures.refusedByTeams(answered(404, null))).isTrue();
    assertThat(Failures.refusedByTeams(answered(413, null))).isTrue();
    assertThat(Failures.refusedByTeams(answered(401, null)))
        .as("the bot's own credentials, which can be put right")
        .isFalse();
    assertThat(Failures.refusedByTeams(answered(429, "1"))).isFalse();
    assertThat(Failures.refusedByTeams(answered(503, null))).isFalse();
    assertThat(Failures.refusedByTeams(new IllegalStateException())).isFalse();
  }
}
