package benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * P2's floor: an Action.Execute read and answered through the Bot Framework SDK as the bot does
 * (Jackson 2 tree, then {@link Activity}; the bot's adapter; the invoke response serialised), by a
 * bot that stores nothing and answers with a fixed card. No product code runs.
 */
final class SdkOnly {

  /** The card every vote is answered with: a real voter's card, set once before the run. */
  static volatile JsonNode card = Serialization.createObjectNode();

  private static final ActivityHandler BOT =
      new ActivityHandler() {
        @Override
        protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(
            TurnContext context, AdaptiveCardInvokeValue invoke) {
          var response = new AdaptiveCardInvokeResponse();
          response.setStatusCode(200);
          response.setType("application/vnd.microsoft.card.adaptive");
          response.setValue(card);
          return CompletableFuture.completedFuture(response);
        }
      };

  private SdkOnly() {}

  static ServerResponse answer(BotFrameworkHttpAdapter adapter, String body) throws Exception {
    Activity activity;
    try {
      activity = Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
    } catch (IOException notAnActivity) {
      return ServerResponse.badRequest().build();
    }
    InvokeResponse response = adapter.processIncomingActivity(null, activity, BOT).get();
    return ServerResponse.status(response.getStatus())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Serialization.toStringSilent(response.getBody()));
  }
}
