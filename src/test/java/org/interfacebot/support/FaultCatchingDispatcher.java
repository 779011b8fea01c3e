package org.interfacebot.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Answers each request as the fake it serves says, and a fault of that fake itself with 500, kept
 * for the test to see. Left to MockWebServer, the request would go unanswered, and the bot would
 * wait (a turn until its deadline, a delivery up to a minute) instead of failing.
 */
final class FaultCatchingDispatcher extends Dispatcher {

  private final Function<RecordedRequest, MockResponse> answer;
  private final List<RuntimeException> faults = new CopyOnWriteArrayList<>();

  FaultCatchingDispatcher(Function<RecordedRequest, MockResponse> answer) {
    this.answer = answer;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return answer.apply(request);
    } catch (RuntimeException fault) {
      faults.add(fault);
      return new MockResponse().setResponseCode(500);
    }
  }

  /** The faults since the last call, then forgotten. */
  List<RuntimeException> take() {
    var taken = List.copyOf(faults);
    faults.removeAll(taken);
    return taken;
  }
}
