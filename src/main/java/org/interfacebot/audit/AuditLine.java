package org.interfacebot.audit;

import java.time.Instant;

/**
 * One entry as read back. {@code actorName} and {@code subjectName} are null when nobody is linked
 * any more (forgotten, or unlinked by retention) or nobody was (anonymous, the bot); empty when
 * someone is linked whose name Teams has not given yet.
 */
public record AuditLine(
    Instant at,
    String reference,
    AuditAction action,
    Actor.Kind actor,
    String actorName,
    String subjectName,
    String detail) {}
