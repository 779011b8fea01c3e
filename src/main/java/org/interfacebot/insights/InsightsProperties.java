package org.interfacebot.insights;

import java.time.Duration;
import org.interfacebot.config.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links the app serves to Teams and browsers (the chart picture, the CSV export): the public base
 * URL, the secret that signs them and how long they work.
 */
@ConfigurationProperties("interface-bot.insights")
record InsightsProperties(
    @DefaultValue("http://localhost:3978") String publicUrl,
    @DefaultValue("local-only-link-secret") String linkSecret,
    @DefaultValue("PT1H") Duration exportLinkValidFor,
    @DefaultValue("P7D") Duration chartLinkValidFor,
    @DefaultValue("P1D") Duration digestLateBy) {

  InsightsProperties {
    SettingChecks.notBlank("interface-bot.insights.public-url", publicUrl);
    SettingChecks.atLeast("interface-bot.insights.link-secret", linkSecret, 16);
    SettingChecks.between(
        "interface-bot.insights.export-link-valid-for",
        exportLinkValidFor,
        Duration.ofMinutes(1),
        Duration.ofHours(1));
    SettingChecks.between(
        "interface-bot.insights.chart-link-valid-for",
        chartLinkValidFor,
        Duration.ofMinutes(5),
        Duration.ofDays(30));
  }

  /** The base URL without a trailing slash. */
  String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
