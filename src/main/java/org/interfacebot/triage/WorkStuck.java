package org.interfacebot.triage;

/**
 * An issue's triage is stuck: its vote passed the deadline without a decision, or its triage card
 * could not be posted after repeated tries. Published once per stuck item; the chairs are told in
 * 1:1. {@code item} names the stuck item, e.g. to send each chair's message once.
 */
public record WorkStuck(long issueId, long groupId, String reference, Kind kind, String item) {

  public enum Kind {
    UNTRIAGED,
    CARD_UNDELIVERED
  }
}
