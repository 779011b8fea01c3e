package org.interfacebot.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: where Teams delivers every activity. The body is read with the SDK's
 * own Jackson 2 serialization, because Spring Boot 4's Jackson 3 cannot bind {@link Activity}.
 */
@RestController
class BotController {

  private static final Logger log = LoggerFactory.getLogger(BotController.class);

  private final BotFrameworkHttpAdapter adapter;
  private final TeamsBot bot;
  private final boolean authenticationRequired;

  BotController(BotFrameworkHttpAdapter adapter, TeamsBot bot, InterfaceBotProperties properties) {
    this.adapter = adapter;
    this.bot = bot;
    this.authenticationRequired = !properties.bot().localMode();
  }

  @PostMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> messages(
      @RequestBody(required = false) String body,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    Activity activity = ActivityJson.read(body);
    if (activity == null) {
      return error(
          HttpStatus.BAD_REQUEST, "The request body is not a valid Bot Framework activity.");
    }
    try {
      InvokeResponse response =
          adapter
              .processIncomingActivity(authorization, activity, bot)
              .get(TurnDeadline.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      if (response == null) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
      }
      return ResponseEntity.status(response.getStatus())
          .body(
              response.getBody() == null ? null : Serialization.toStringSilent(response.getBody()));
    } catch (ExecutionException | CompletionException failed) {
      return failure(failed.getCause(), false);
    } catch (TimeoutException slow) {
      return tooSlow();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return error(HttpStatus.SERVICE_UNAVAILABLE, "The bot is shutting down.");
    } catch (RuntimeException thrownBeforeTheTurn) {
      // The SDK throws synchronously on a malformed Authorization header.
      return failure(thrownBeforeTheTurn, authenticationRequired);
    }
  }

  private ResponseEntity<String> failure(Throwable cause, boolean duringAuthentication) {
    Throwable root = Failures.root(cause);
    if (root instanceof TurnDeadline.TurnTooSlow) {
      return tooSlow();
    }
    if (duringAuthentication
        || root instanceof AuthenticationException
        || root instanceof JWTVerificationException) {
      log.warn("Refused an activity: not authenticated ({})", root.getClass().getSimpleName());
      return error(HttpStatus.UNAUTHORIZED, "Unauthorized.");
    }
    log.error("Activity failed: {}", Failures.describe(root));
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not process this activity.");
  }

  private static ResponseEntity<String> tooSlow() {
    log.error("Turn took longer than {} s", TurnDeadline.DEADLINE.toSeconds());
    return error(HttpStatus.SERVICE_UNAVAILABLE, "The bot is busy; please try again.");
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Serialization.toStringSilent(java.util.Map.of("error", message)));
  }
}
