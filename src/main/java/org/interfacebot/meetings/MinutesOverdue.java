package org.interfacebot.meetings;

import java.util.List;

/**
 * A held meeting's minutes have not been shared a while after it: remind its chairs. The theme in
 * lower case, when it was held as people read it, its day as the {@code minutes … for} command
 * takes it, and the issues on its agenda whose reporters wait for their outcome.
 */
public record MinutesOverdue(
    long meetingId, long groupId, String theme, String heldOn, String day, List<String> waiting) {}
