package org.interfacebot.support;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Conversations whose sends and updates the fake connector takes and leaves unanswered until they
 * are released (at most a minute): a delivery caught on its way, for as long as a test needs.
 */
public final class HeldConversations {

  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final AtomicInteger waiting = new AtomicInteger();

  public void hold(String conversationId) {
    held.add(conversationId);
  }

  public void release(String conversationId) {
    held.remove(conversationId);
  }

  /** How many sends and updates are waiting in held conversations now. */
  public int waiting() {
    return waiting.get();
  }

  void releaseAll() {
    held.clear();
  }

  /** Answers nothing while the conversation is held. */
  void awaitRelease(String conversationId) {
    if (!held.contains(conversationId)) {
      return;
    }
    waiting.incrementAndGet();
    try {
      long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (held.contains(conversationId) && System.nanoTime() < until) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting.decrementAndGet();
    }
  }
}
