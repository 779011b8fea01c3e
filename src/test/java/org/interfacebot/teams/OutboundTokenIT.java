package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bot's messages to the Bot Connector carry the bot's own token. */
class OutboundTokenIT extends AuthenticatedBotTest {

  @Test
  void repliesCarryTheBotsToken() {
    var activity = activities.personalMessage("gp1", "Dr Morag Fraser", "help");

    assertThat(postSigned(activity).status()).isBetween(200, 299);

    assertThat(connector.sent())
        .filteredOn(s -> activity.path("id").asText().equals(s.replyToId()))
        .isNotEmpty();
    assertThat(connector.authorizations())
        .isNotEmpty()
        .allSatisfy(header -> assertThat(header).isEqualTo("Bearer " + BOT_TOKEN));
  }

  @Test
  void theCallersTokenIsNeverForwarded() {
    // The inbound token is the channel's, not the bot's: it must not be echoed to the connector.
    var activity = activities.personalMessage("gp2", "Dr Ali Khan", "help");
    String inbound = org.interfacebot.support.BotFrameworkTokens.valid(connector.serviceUrl());

    post(activity.toString(), inbound);

    assertThat(connector.authorizations()).isNotEmpty().doesNotContain(inbound);
  }
}
