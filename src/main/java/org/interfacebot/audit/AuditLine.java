package org.interfacebot.audit;

import java.time.Instant;

/**
 * One entry as read back. {@code actorName} and {@code subjectName} are null when nobody is linked
 * any more (forgotten, or unlinked by retention) or nobody was (anonymous, the bot).
 */
public record AuditLine(
    Instant at,
    String reference,
    AuditAction action,
    Actor.Kind actor,
    String actorName,
    String subjectName,
    String detail) {}
