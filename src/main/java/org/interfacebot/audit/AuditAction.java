package org.interfacebot.audit;

/** What an audit entry records. */
public enum AuditAction {
  RAISED,
  VOTE_CAST,
  VOTE_CHANGED,
  CLOSED,
  THEME,
  MINUTES,
  OUTCOME,
  CHAIR_ADDED,
  CHAIR_REMOVED,
  DATA_REMOVED
}
