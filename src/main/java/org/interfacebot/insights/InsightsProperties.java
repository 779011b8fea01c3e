package org.interfacebot.insights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Links the app serves to Teams and browsers (the chart picture, the CSV export): the public base
 * URL, the secret that signs them and how long they work.
 */
@Validated
@ConfigurationProperties("interface-bot.insights")
record InsightsProperties(
    @DefaultValue("http://localhost:3978") @NotBlank String publicUrl,
    @DefaultValue("local-only-link-secret") @NotBlank @Size(min = 16) String linkSecret,
    @DefaultValue("PT1H") @DurationMin(minutes = 1) @DurationMax(hours = 1)
        Duration exportLinkValidFor,
    @DefaultValue("P7D") @DurationMin(minutes = 5) @DurationMax(days = 30)
        Duration chartLinkValidFor,
    @DefaultValue("P1D") Duration digestLateBy) {

  /** The base URL without a trailing slash. */
  String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
