package org.interfacebot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;

/**
 * Where the bot's token for calls to the Bot Connector comes from. A bean, so that tests can give a
 * fixed token instead of asking Entra for one.
 */
@FunctionalInterface
interface OutboundCredentials {

  AppCredentials forApp(String appId, String oAuthScope);
}
