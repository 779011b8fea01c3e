package org.interfacebot.governance;

/** What {@code forget me} removed, as counts. */
record Forgotten(
    int issues,
    int withdrawnVotes,
    int votes,
    long memberships,
    int chairs,
    boolean configuredChair,
    int records,
    java.util.List<String> elsewhere) {}
