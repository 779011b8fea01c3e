package org.interfacebot.groups;

/** How a group runs its triage. */
public record GroupSettings(
    int voteDays, int quorum, ResultsVisibility resultsVisibility, boolean anonymousVoting) {}
