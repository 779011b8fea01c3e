package org.interfacebot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.util.List;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class FaultCatchingDispatcherTest {

  private static final RecordedRequest REQUEST =
      new RecordedRequest(
          "POST /v3/conversations/a/activities HTTP/1.1",
          Headers.of(),
          List.of(),
          0,
          new Buffer(),
          0,
          new Socket());

  @Test
  void aFaultOfTheFakeIsAnswered500AndKeptOnceForTheTest() {
    Integer none = null;
    var dispatcher =
        new FaultCatchingDispatcher(request -> new MockResponse().setResponseCode(none));

    assertThat(dispatcher.dispatch(REQUEST).getStatus()).startsWith("HTTP/1.1 500 ");
    assertThat(dispatcher.take()).singleElement().isInstanceOf(NullPointerException.class);
    assertThat(dispatcher.take()).isEmpty();
  }

  @Test
  void anAnswerIsPassedOnAndNoFaultKept() {
    var dispatcher =
        new FaultCatchingDispatcher(request -> new MockResponse().setResponseCode(201));

    assertThat(dispatcher.dispatch(REQUEST).getStatus()).startsWith("HTTP/1.1 201 ");
    assertThat(dispatcher.take()).isEmpty();
  }
}
