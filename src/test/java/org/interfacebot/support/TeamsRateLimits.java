package org.interfacebot.support;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Teams' per-conversation limits on a bot's sends and updates, as the fake connector enforces them:
 * at most 7 in any second and 60 in any 30 seconds.
 */
final class TeamsRateLimits {

  private final Map<String, ArrayDeque<Long>> accepted = new ConcurrentHashMap<>();

  /** Whether one more now would be over the limits; if not, it is counted. */
  boolean over(String conversationId) {
    var times = accepted.computeIfAbsent(conversationId, c -> new ArrayDeque<>());
    synchronized (times) {
      long now = System.nanoTime();
      long second = TimeUnit.SECONDS.toNanos(1);
      while (!times.isEmpty() && now - times.peekFirst() >= 30 * second) {
        times.removeFirst();
      }
      long lastSecond = times.stream().filter(t -> now - t < second).count();
      if (lastSecond >= 7 || times.size() >= 60) {
        return true;
      }
      times.addLast(now);
      return false;
    }
  }
}
