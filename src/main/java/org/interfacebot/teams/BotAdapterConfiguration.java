package org.interfacebot.teams;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.ActivityTypes;
import java.util.concurrent.CompletableFuture;
import org.interfacebot.chat.Texts;
import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** Wires the Bot Framework adapter, its configuration and the bot's state. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class BotAdapterConfiguration {

  private static final Logger log = LoggerFactory.getLogger(BotAdapterConfiguration.class);

  private final InterfaceBotProperties properties;

  BotAdapterConfiguration(InterfaceBotProperties properties) {
    this.properties = properties;
  }

  @Bean
  Configuration botConfiguration(Environment environment) {
    return new SpringEnvironmentConfiguration(environment, properties);
  }

  /**
   * The bot's own credentials. A single-tenant registration must ask its own tenant for tokens,
   * which the SDK's default (the botframework.com tenant) does not.
   */
  @Bean
  OutboundCredentials outboundCredentials() {
    var bot = properties.bot();
    String tenant =
        "SingleTenant".equalsIgnoreCase(bot.appType()) && !bot.tenantId().isBlank()
            ? bot.tenantId()
            : null;
    return (appId, scope) -> new MicrosoftAppCredentials(appId, bot.appPassword(), tenant, scope);
  }

  @Bean
  BotFrameworkHttpAdapter botAdapter(
      Configuration configuration, OutboundCredentials credentials, Texts texts) {
    var adapter =
        new BotFrameworkHttpAdapter(configuration) {
          @Override
          protected CompletableFuture<AppCredentials> buildAppCredentials(
              String appId, String scope) {
            return CompletableFuture.completedFuture(credentials.forApp(appId, scope));
          }

          /**
           * BotAdapter.runPipeline makes the locale of each activity (the sender's Teams client
           * language, also kept in conversation references) the whole JVM's default locale, which
           * changes how every thread formats numbers: after one activity from Teams in Arabic, an
           * issue's reference came out in Arabic-Indic digits. The bot speaks its configured
           * language ({@link Texts}) and reads no activity's locale, so it is dropped before that.
           */
          @Override
          protected CompletableFuture<Void> runPipeline(
              TurnContext context, BotCallbackHandler callback) {
            if (context != null && context.getActivity() != null) {
              context.getActivity().setLocale(null);
            }
            return super.runPipeline(context, callback);
          }
        };
    adapter.setOnTurnError(
        (turnContext, exception) -> {
          if (Failures.root(exception) instanceof TurnDeadline.TurnTooSlow) {
            // Teams has stopped waiting, and the turn may yet finish: say nothing (503).
            return CompletableFuture.failedFuture(exception);
          }
          if (turnContext.getActivity().isType(ActivityTypes.EVENT)) {
            // A proactive delivery (continueConversation): nobody is waiting for a reply, and a
            // "sorry" there would reach people who asked nothing. The caller's delivery fails, is
            // logged by the caller (BackgroundFailures for event listeners) and sent again later.
            log.debug("Proactive delivery failed: {}", Failures.describe(exception));
            return CompletableFuture.failedFuture(exception);
          }
          // The exception's type only: its message may quote what the user wrote.
          log.error(
              "Turn failed for a {} activity: {}",
              turnContext.getActivity().getType(),
              Failures.describe(exception));
          if (turnContext.getActivity().isType(ActivityTypes.INVOKE)) {
            // A button pressed: the answer beside the card is for whoever pressed it. A message
            // would be posted in the conversation (a channel: for everyone), and Teams would show
            // an error on the card as well, the invoke having had no answer.
            return turnContext.getTurnState().get(BotFrameworkAdapter.INVOKE_RESPONSE_KEY) != null
                ? CompletableFuture.completedFuture(null)
                : MessageGate.answerInvoke(turnContext, texts.get("teams.error.turn-failed"));
          }
          return turnContext
              .sendActivity(texts.get("teams.error.turn-failed"))
              .thenApply(sent -> null);
        });
    return adapter;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenLocal() {
    if (properties.bot().localMode()) {
      log.warn(
          """

          ************************************************************************
          *  LOCAL MODE: no MicrosoftAppId is configured, so incoming requests   *
          *  are NOT authenticated. Use this only on your own machine (e.g. with *
          *  the Microsoft 365 Agents Playground). Never expose it to a network. *
          ************************************************************************""");
    }
  }
}
