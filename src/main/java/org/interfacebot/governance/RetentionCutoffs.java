package org.interfacebot.governance;

import java.time.Instant;

/**
 * The moments before which retention acts, from the {@link RetentionPolicy} and the time it runs:
 * who answered or voted is unlinked once a vote or sense-check closed before {@code votersBefore};
 * people are unlinked from settled work before {@code anonymiseBefore}; settled work is deleted
 * before {@code deleteBefore}; shadowing listings made before {@code shadowingBefore} are deleted.
 */
public record RetentionCutoffs(
    Instant votersBefore, Instant anonymiseBefore, Instant deleteBefore, Instant shadowingBefore) {}
