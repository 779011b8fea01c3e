package org.interfacebot.consultations;

/** A chair opened a sense-check: its card goes to the group's channel. */
public record ConsultationOpened(long consultationId, long groupId) {}
