package org.interfacebot.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.ChannelAccount;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.interfacebot.chat.Texts;
import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides, before a turn runs, whether it runs at all: only people of an allowed tenant, and no
 * more messages and card clicks from one person than {@link MessageLimits} allows. Someone over the
 * limit is told once to slow down; what they send meanwhile is dropped unread. The refreshes Teams
 * asks for itself, for each card on screen, have an allowance of their own.
 */
@Component
class MessageGate {

  private static final Logger log = LoggerFactory.getLogger(MessageGate.class);

  private final TenantAllowlist tenants;
  private final boolean localMode;
  private final RateLimiterConfig rate;
  private final RateLimiterConfig refreshRate;
  private final Cache<String, Allowance> allowances;
  private final Cache<String, Allowance> refreshAllowances;
  private final Texts texts;

  MessageGate(InterfaceBotProperties properties, MessageLimits limits, Texts texts) {
    this.texts = texts;
    this.tenants = TenantAllowlist.of(properties.bot());
    this.localMode = properties.bot().localMode();
    this.rate =
        RateLimiterConfig.custom()
            .limitForPeriod(limits.messagesPerPeriod())
            .limitRefreshPeriod(limits.period())
            .timeoutDuration(Duration.ZERO)
            .build();
    this.refreshRate =
        RateLimiterConfig.from(rate)
            .limitForPeriod((int) Math.min(Integer.MAX_VALUE, 4L * limits.messagesPerPeriod()))
            .build();
    this.allowances = allowanceCache(limits);
    this.refreshAllowances = allowanceCache(limits);
  }

  private static Cache<String, Allowance> allowanceCache(MessageLimits limits) {
    return Caffeine.newBuilder()
        .expireAfterAccess(limits.period().multipliedBy(2))
        .maximumSize(100_000)
        .build();
  }

  /** Runs {@code turn} if the activity may pass; otherwise answers (or not) without running it. */
  CompletableFuture<Void> admit(TurnContext context, Supplier<CompletableFuture<Void>> turn) {
    Activity activity = context.getActivity();
    String tenant = TurnReader.place(activity).tenantId();
    if (!tenants.allows(tenant)) {
      log.warn("Refused an activity from tenant {}: not allowed", TenantAllowlist.forLog(tenant));
      return answerInvoke(context, null);
    }
    if (!fromAPerson(activity)) {
      return turn.get();
    }
    if (automaticRefresh(activity)) {
      // Teams asks for these itself, one per card on the person's screen: opening a channel with
      // many triage cards must not use up the allowance their own clicks and messages need.
      Allowance refreshes =
          refreshAllowances.get(personKey(activity), key -> new Allowance(refreshRate));
      // Over it, the card stays as posted; the person sent nothing, so is told nothing.
      return refreshes.limiter.acquirePermission() ? turn.get() : answerInvoke(context, null);
    }
    Allowance allowance = allowances.get(personKey(activity), key -> new Allowance(rate));
    if (allowance.limiter.acquirePermission()) {
      allowance.warned.set(false);
      return turn.get();
    }
    if (allowance.warned.compareAndSet(false, true)) {
      log.info("A person is over the message rate limit; told them to slow down");
      if (activity.isType(ActivityTypes.INVOKE)) {
        return answerInvoke(context, texts.get("teams.slow-down"));
      }
      return context.sendActivity(texts.get("teams.slow-down")).thenApply(sent -> null);
    }
    return answerInvoke(context, null);
  }

  private static boolean fromAPerson(Activity activity) {
    return activity.isType(ActivityTypes.MESSAGE) || activity.isType(ActivityTypes.INVOKE);
  }

  /**
   * A card's own request for the person's view (Universal Actions' refresh), not a click: only a
   * refresh verb counts, so a crafted "automatic" vote still uses the person's own allowance.
   */
  private static boolean automaticRefresh(Activity activity) {
    if (!activity.isType(ActivityTypes.INVOKE)
        || !"adaptiveCard/action".equals(activity.getName())) {
      return false;
    }
    var value = TurnReader.value(activity.getValue());
    return "automatic".equals(value.path("trigger").asText(""))
        && value.path("action").path("verb").asText("").endsWith(".refresh");
  }

  private static String personKey(Activity activity) {
    ChannelAccount from = activity.getFrom();
    if (from == null) {
      return "";
    }
    String aad = from.getAadObjectId();
    return aad != null && !aad.isBlank() ? "aad:" + aad : "id:" + from.getId();
  }

  /** An invoke must have an answer or Teams shows an error on the card; others need none. */
  static CompletableFuture<Void> answerInvoke(TurnContext context, String message) {
    if (!context.getActivity().isType(ActivityTypes.INVOKE)) {
      return CompletableFuture.completedFuture(null);
    }
    var response = new Activity(ActivityTypes.INVOKE_RESPONSE);
    AdaptiveCardInvokeResponse body = null;
    if (message != null) {
      body = InvokeResponses.message(message);
    }
    response.setValue(new InvokeResponse(200, body));
    return context.sendActivity(response).thenApply(sent -> null);
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenAnyTenant() {
    if (tenants.anyTenant() && !localMode) {
      log.warn(
          "No MicrosoftAppTenantId or interface-bot.bot.allowed-tenants: people of any tenant"
              + " may use this bot.");
    }
  }

  private static final class Allowance {
    final RateLimiter limiter;
    final AtomicBoolean warned = new AtomicBoolean();

    Allowance(RateLimiterConfig config) {
      this.limiter = RateLimiter.of("person", config);
    }
  }
}
