/**
 * Triage of new issues in the group's channel: the triage card, members' votes and their tallies.
 * Publishes {@link org.interfacebot.triage.VoteCast}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.interfacebot.triage;
