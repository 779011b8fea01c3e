package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class TeamsRetryTest {

  static ErrorResponseException answered(int code, String retryAfter) {
    var raw =
        new okhttp3.Response.Builder()
            .request(new Request.Builder().url("http://connector.test/").build())
            .protocol(Protocol.HTTP_1_1)
            .code(code)
            .message("status " + code);
    if (retryAfter != null) {
      raw.header("Retry-After", retryAfter);
    }
    @SuppressWarnings("deprecation")
    ResponseBody body = ResponseBody.create(MediaType.get("application/json"), "{}");
    return new ErrorResponseException("failed", retrofit2.Response.error(body, raw.build()));
  }

  @Test
  void a429IsWaitedForAsLongAsTeamsAsksWithinALimit() {
    assertThat(TeamsRetry.retryAfter(answered(429, "3"))).isEqualTo(Duration.ofSeconds(3));
    assertThat(TeamsRetry.retryAfter(answered(429, null))).isEqualTo(Duration.ofSeconds(1));
    assertThat(TeamsRetry.retryAfter(answered(429, "3600"))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void otherFailuresAreNotRetriedHere() {
    assertThat(TeamsRetry.retryAfter(answered(503, "3"))).isNull();
    assertThat(TeamsRetry.retryAfter(new IllegalStateException())).isNull();
  }

  @Test
  void aCallAnsweredWith429IsMadeAgainUntilItSucceeds() {
    var calls = new AtomicInteger();
    TeamsRetry.run(
        () ->
            calls.incrementAndGet() < 3
                ? CompletableFuture.failedFuture(answered(429, "0"))
                : CompletableFuture.completedFuture(null));
    assertThat(calls).hasValue(3);
  }

  @Test
  void aCallStillThrottledAfterEveryAttemptFails() {
    var calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                TeamsRetry.run(
                    () -> {
                      calls.incrementAndGet();
                      return CompletableFuture.failedFuture(answered(429, "0"));
                    }))
        .hasRootCauseInstanceOf(ErrorResponseException.class);
    assertThat(calls).hasValue(TeamsRetry.ATTEMPTS);
  }
}
