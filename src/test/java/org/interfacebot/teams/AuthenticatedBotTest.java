package org.interfacebot.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.util.concurrent.CompletableFuture;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.BotFrameworkTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Conversations with authentication on, as in production: the bot has an app id and a tenant,
 * checks every request's token against the local {@link BotFrameworkTokens} service, and signs its
 * replies with {@link #BOT_TOKEN} instead of asking Entra for a token.
 */
@TestPropertySource(
    properties = {
      "interface-bot.bot.app-id=" + BotFrameworkTokens.APP_ID,
      "interface-bot.bot.app-password=not-a-real-secret",
      "interface-bot.triage.voter-secret=voter-secret-for-authenticated-tests",
      "interface-bot.insights.link-secret=link-secret-for-authenticated-tests",
      "interface-bot.bot.tenant-id=" + org.interfacebot.support.Activities.TENANT,
      "spring.datasource.url=jdbc:h2:mem:auth;DB_CLOSE_DELAY=-1"
    })
@Import(AuthenticatedBotTest.FixedBotToken.class)
abstract class AuthenticatedBotTest extends BotConversationTest {

  static final String BOT_TOKEN = "bot-token-for-tests-7f3a";

  @DynamicPropertySource
  static void tokenService(DynamicPropertyRegistry registry) {
    registry.add("interface-bot.bot.open-id-metadata", BotFrameworkTokens::metadataUrl);
  }

  /** Posts an activity with a valid Teams token. */
  protected Response postSigned(com.fasterxml.jackson.databind.JsonNode activity) {
    return post(activity.toString(), BotFrameworkTokens.valid(connector.serviceUrl()));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedBotToken {
    @Bean
    @Primary
    OutboundCredentials fixedToken() {
      return (appId, scope) ->
          new MicrosoftAppCredentials(appId, "unused", null, scope) {
            @Override
            public CompletableFuture<String> getToken() {
              return CompletableFuture.completedFuture(BOT_TOKEN);
            }
          };
    }
  }
}
