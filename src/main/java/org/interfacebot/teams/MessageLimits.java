package org.interfacebot.teams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request and one person may send. A person typing, or clicking through the raise form,
 * stays well under the rate; a script or a stuck client does not.
 *
 * @param maxBody the largest request body accepted at /api/messages (Teams' own limit for a message
 *     is about 100 KB)
 * @param messagesPerPeriod how many messages and card clicks one person may send per period
 * @param period the period after which their allowance is full again
 */
@ConfigurationProperties("interface-bot.limits")
record MessageLimits(
    @DefaultValue("256KB") DataSize maxBody,
    @DefaultValue("15") int messagesPerPeriod,
    @DefaultValue("30s") Duration period) {

  MessageLimits {
    org.interfacebot.config.SettingChecks.between(
        "interface-bot.limits.messages-per-period", messagesPerPeriod, 1, 1_000_000);
  }
}
