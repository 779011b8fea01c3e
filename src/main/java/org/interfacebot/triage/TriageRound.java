package org.interfacebot.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;

/**
 * One issue's triage vote: open until its deadline, all members have voted, or a chair closes it.
 */
@Entity
@Table(name = "triage_round")
final class TriageRound {

  @Id
  @Column(name = "issue_id")
  private Long issueId;

  @Column(name = "group_id", nullable = false)
  private long groupId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(nullable = false)
  private Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundState state;

  @Enumerated(EnumType.STRING)
  private TriageChoice decision;

  @Column(name = "decided_by")
  private String decidedBy;

  /** The chair who decided, so that {@code forget me} can find and clear their name. */
  @Column(name = "decided_by_key")
  private String decidedByKey;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 1000)
  private String reason;

  @Column(nullable = false)
  private boolean reminded;

  /** Whether the reporter asked for more information by this decision has been reminded. */
  @Column(name = "reporter_reminded", nullable = false)
  private boolean reporterReminded;

  // The tally, kept here so that a vote changes two counts instead of counting every vote.
  @Column(name = "votes_discuss", nullable = false)
  private int discuss;

  @Column(name = "votes_refer", nullable = false)
  private int refer;

  @Column(name = "votes_more_info", nullable = false)
  private int moreInfo;

  @Column(name = "votes_decline", nullable = false)
  private int decline;

  protected TriageRound() {}

  TriageRound(long issueId, long groupId, Instant openedAt, Instant deadline) {
    this.issueId = issueId;
    this.groupId = groupId;
    this.openedAt = openedAt;
    this.deadline = deadline;
    this.state = RoundState.OPEN;
  }

  void decide(TriageChoice choice, String by, String byKey, String why, Instant at) {
    this.state = RoundState.CLOSED;
    this.decision = choice;
    this.decidedBy = by;
    this.decidedByKey = byKey;
    this.reason = why;
    this.decidedAt = at;
    this.reporterReminded = false;
  }

  /**
   * Closed without a decision: nothing is decided until a chair decides, so {@code decidedAt} stays
   * empty until {@link #decide} records when they did (the statistics read it as decided).
   */
  void awaitChair() {
    this.state = RoundState.AWAITING_CHAIR;
  }

  void reopen(Instant at, Instant newDeadline) {
    this.state = RoundState.OPEN;
    this.decision = null;
    this.decidedBy = null;
    this.decidedByKey = null;
    this.decidedAt = null;
    this.reason = null;
    this.openedAt = at;
    this.deadline = newDeadline;
    this.reminded = false;
    this.discuss = 0;
    this.refer = 0;
    this.moreInfo = 0;
    this.decline = 0;
  }

  /**
   * The more information the vote asked for can no longer come: the decision is undone and the
   * chairs decide, the tallies staying as they were cast.
   */
  void backToChairs() {
    this.state = RoundState.AWAITING_CHAIR;
    this.decision = null;
    this.decidedBy = null;
    this.decidedByKey = null;
    this.decidedAt = null;
    this.reason = null;
  }

  /** Decided by a chair (a rule's decision has no key) before the cutoff. */
  boolean decidedByAChairBefore(Instant cutoff) {
    return decidedByKey != null && decidedAt != null && decidedAt.isBefore(cutoff);
  }

  /**
   * Closed asking the reporter for more information by the cutoff, and they have not been reminded
   * of it yet.
   */
  boolean unansweredSince(Instant cutoff) {
    return state == RoundState.CLOSED
        && decision == TriageChoice.MORE_INFO
        && !reporterReminded
        && decidedAt != null
        && !decidedAt.isAfter(cutoff);
  }

  /** Decided by this person, as chair. */
  boolean decidedBy(String personKey) {
    return personKey.equals(decidedByKey);
  }

  /** The chair who decided asked to be forgotten: the decision stays, their name goes. */
  void forgetDecider() {
    this.decidedBy = null;
    this.decidedByKey = null;
  }

  /**
   * Counts a vote: a new one (no earlier choice) or a change from an earlier choice. Called under
   * the round's lock, in the transaction that stores the vote, so the tally matches the votes.
   */
  void counted(TriageChoice earlier, TriageChoice now) {
    if (earlier != null) {
      add(earlier, -1);
    }
    add(now, 1);
  }

  /** Takes a vote off the tally: its voter asked to be forgotten while the vote was open. */
  void withdrawn(TriageChoice earlier) {
    add(earlier, -1);
  }

  private void add(TriageChoice choice, int by) {
    switch (choice) {
      case DISCUSS -> discuss += by;
      case REFER -> refer += by;
      case MORE_INFO -> moreInfo += by;
      case DECLINE -> decline += by;
    }
  }

  Tally tally() {
    var counts = new EnumMap<TriageChoice, Integer>(TriageChoice.class);
    counts.put(TriageChoice.DISCUSS, discuss);
    counts.put(TriageChoice.REFER, refer);
    counts.put(TriageChoice.MORE_INFO, moreInfo);
    counts.put(TriageChoice.DECLINE, decline);
    return new Tally(counts);
  }

  void reminded() {
    this.reminded = true;
  }

  void reporterReminded() {
    this.reporterReminded = true;
  }

  /** When the vote was decided: for a decision to ask for more information, since when it waits. */
  Instant decidedAt() {
    return decidedAt;
  }

  long issueId() {
    return issueId;
  }

  long groupId() {
    return groupId;
  }

  Instant deadline() {
    return deadline;
  }

  RoundState state() {
    return state;
  }

  TriageChoice decision() {
    return decision;
  }

  String decidedBy() {
    return decidedBy;
  }

  String reason() {
    return reason;
  }

  boolean open() {
    return state == RoundState.OPEN;
  }
}
