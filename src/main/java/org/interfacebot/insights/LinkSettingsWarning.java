package org.interfacebot.insights;

import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, when the bot runs for real (not local mode), that links point at localhost,
 * where Teams cannot fetch the stats chart. (A local-only link secret stops the start:
 * teams.DeploymentSecrets.)
 */
@Component
class LinkSettingsWarning {

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
    if (insights.publicUrl().contains("://localhost")) {
      log.warn("PUBLIC_URL is not set: stats charts link to localhost, which Teams cannot fetch.");
    }
  }
}
