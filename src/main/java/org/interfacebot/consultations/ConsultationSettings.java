package org.interfacebot.consultations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sense-check links: https only, to the board's sites (as for minutes); answers are taken for
 * {@code defaultDays} unless the chair gives a date.
 */
@ConfigurationProperties("interface-bot.consultations")
record ConsultationSettings(
    @DefaultValue({"nhsscotland.sharepoint.com", "nhs.sharepoint.com"}) List<String> linkHosts,
    @DefaultValue("14") int defaultDays) {}
