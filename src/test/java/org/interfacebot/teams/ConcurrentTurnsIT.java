package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/**
 * Many cheap turns at once. The SDK closes a turn's context, iterating its turn state (a plain
 * HashMap), as soon as the bot's onTurn has returned; the SDK sends every activity, the invoke
 * response included, on its own executor, and stores the invoke response in that same map from
 * there. A turn that was still running when onTurn returned therefore raced the close: a
 * ConcurrentModificationException answered 500 (about 2 in 10,000 fuzzed activities).
 */
class ConcurrentTurnsIT extends BotConversationTest {

  private static final int SENDERS = 8;
  private static final int PER_SENDER = 750;

  @Test
  void concurrentInvokesAllGetTheirAnswer() throws Exception {
    installInTeam();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int s = 0; s < SENDERS; s++) {
        int sender = s;
        sent.add(
            senders.submit(
                () -> {
                  for (int i = 0; i < PER_SENDER; i++) {
                    var response = post(click("member" + (sender % 5 + 1)));
                    statuses
                        .computeIfAbsent(response.status(), k -> new AtomicInteger())
                        .incrementAndGet();
                    if (response.status() != 200) {
                      failures.add(sender + "/" + i + ": " + response.status());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      senders.shutdown();
    }
    System.out.println(
        "Concurrent invokes: " + SENDERS * PER_SENDER + ", statuses " + new TreeMap<>(statuses));
    assertThat(failures)
        .as("answers other than 200, by status " + new TreeMap<>(statuses))
        .isEmpty();
  }

  /** A cheap card click: a verb the bot does not know, answered with a card saying so. */
  private ObjectNode click(String user) {
    return activities.invoke(
        Activities.CHANNEL, "channel", user, user, "nothing.here", Activities.data());
  }
}
