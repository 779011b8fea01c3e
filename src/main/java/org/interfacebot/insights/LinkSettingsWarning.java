package org.interfacebot.insights;

import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, when the bot runs for real (not local mode), that links are still signed with
 * the local-only secret or point at localhost, where Teams cannot fetch the stats chart.
 */
@Component
class LinkSettingsWarning {

  static final String LOCAL_SECRET = "local-only-link-secret";
  private static final Logger log = LoggerFactory.getLogger(LinkSettingsWarning.class);

  private final InsightsProperties insights;
  private final InterfaceBotProperties bot;

  LinkSettingsWarning(InsightsProperties insights, InterfaceBotProperties bot) {
    this.insights = insights;
    this.bot = bot;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    if (bot.bot().localMode()) {
      return;
    }
    if (insights.linkSecret().equals(LOCAL_SECRET)) {
      log.warn(
          "INSIGHTS_LINK_SECRET is not set: stats chart and export links are signed with a"
              + " local-only secret that anyone can read in the source. Set it.");
    }
    if (insights.publicUrl().contains("://localhost")) {
      log.warn("PUBLIC_URL is not set: stats charts link to localhost, which Teams cannot fetch.");
    }
  }
}
