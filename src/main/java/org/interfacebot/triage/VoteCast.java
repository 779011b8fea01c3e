package org.interfacebot.triage;

/** A member voted, or changed their vote: the issue's triage card must show the new tallies. */
public record VoteCast(long issueId) {}
