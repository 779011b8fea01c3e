package org.interfacebot.consultations;

/** A sense-check reached its deadline: the channel card shows it closed, chairs get a summary. */
public record ConsultationClosed(long consultationId, long groupId) {}
