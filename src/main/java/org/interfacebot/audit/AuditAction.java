package org.interfacebot.audit;

/** What an audit entry records. */
public enum AuditAction {
  RAISED,
  VOTE_CAST,
  VOTE_CHANGED,
  CLOSED,
  /** A chair named the operational group an issue is referred to (the name is on the issue). */
  GROUP_NAMED,
  /** A chair recorded the operational group's reply to a referral (the reply is on the issue). */
  REPLY_RECORDED,
  THEME,
  /** A chair cancelled a meeting (its theme and time, as for {@link #THEME}). */
  MEETING_CANCELLED,
  MINUTES,
  OUTCOME,
  CHAIR_ADDED,
  CHAIR_REMOVED,
  DATA_REMOVED
}
