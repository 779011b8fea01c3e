package org.interfacebot.governance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the bot keeps what: a settled issue's reporter (12 months), the settled issue itself (6
 * years from when it was settled), who voted how once a vote has closed (30 days: then only the
 * tallies remain; the same for sense-check answers), shadowing offers and requests (12 months from
 * when they were made), and delivered events (which name reporters) in the publication registry.
 */
@ConfigurationProperties("interface-bot.retention")
record RetentionPolicy(
    @DefaultValue("365d") Duration anonymiseIssuesAfter,
    @DefaultValue("2192d") Duration deleteIssuesAfter,
    @DefaultValue("30d") Duration keepVotersFor,
    @DefaultValue("30d") Duration keepDeliveredEventsFor,
    @DefaultValue("365d") Duration keepShadowingFor) {

  RetentionPolicy {
    if (deleteIssuesAfter.compareTo(anonymiseIssuesAfter) < 0) {
      throw new IllegalArgumentException(
          "interface-bot.retention.delete-issues-after must not be shorter than"
              + " anonymise-issues-after");
    }
  }
}
