package org.interfacebot.insights;

/**
 * A group's weekly digest is due in its channel; {@link DigestCards#card(long)} gives the card.
 * Recorded once per group and due time, so it is posted once whatever the number of instances.
 */
public record DigestDue(long groupId, long digestId) {}
