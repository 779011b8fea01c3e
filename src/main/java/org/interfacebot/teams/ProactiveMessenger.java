package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.interfacebot.chat.Person;
import org.interfacebot.config.InterfaceBotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Speaks first: posts and updates messages in conversations from their stored references, and opens
 * a 1:1 chat with a team member who has never written to the bot. Teams' 429 answers are retried
 * after {@code Retry-After} ({@link TeamsRetry}).
 */
@Component
class ProactiveMessenger {

  private static final Logger log = LoggerFactory.getLogger(ProactiveMessenger.class);

  private final BotFrameworkHttpAdapter adapter;
  private final ConversationReferences references;
  private final InterfaceBotProperties.Bot bot;

  ProactiveMessenger(
      BotFrameworkHttpAdapter adapter,
      ConversationReferences references,
      InterfaceBotProperties properties) {
    this.adapter = adapter;
    this.references = references;
    this.bot = properties.bot();
  }

  /** Posts a card as a new message; returns the posted message's id. */
  Posted post(String referenceKey, JsonNode card) {
    return post(referenceKey, CardMessages.of(card));
  }

  /** Posts a message that may have to be changed later; returns its id. */
  Posted post(String referenceKey, Activity message) {
    ConversationReference reference = reference(referenceKey);
    var sent = new AtomicReference<ResourceResponse>();
    TeamsRetry.run(
        () -> continueWith(reference, turn -> turn.sendActivity(message).thenAccept(sent::set)));
    String id = sent.get() == null ? null : sent.get().getId();
    if (id == null) {
      throw new IllegalStateException("Teams did not return an id for the posted message");
    }
    return new Posted(reference.getConversation().getId(), id);
  }

  /**
   * Posts unless Teams refuses the message for good, as {@link #send(ConversationReference,
   * Activity)} does: then empty. Not for a triage card, whose failed posting is reported to the
   * chairs (StuckWork) and so must stay failed.
   */
  Optional<Posted> postUnlessRefused(String referenceKey, Activity message) {
    var posted = new AtomicReference<Posted>();
    unlessRefused(() -> posted.set(post(referenceKey, message)));
    return Optional.ofNullable(posted.get());
  }

  /** Replaces a posted card with a new version, for everyone in the conversation. */
  void update(String referenceKey, String activityId, JsonNode card) {
    update(referenceKey, activityId, CardMessages.of(card));
  }

  /**
   * Replaces a posted card with a new version, trying once: a 429 is thrown, not waited out (see
   * {@link TeamsRetry#once}). The card is changed in the conversation it was posted in, which is no
   * longer the reference's when the bot was added back from another channel since.
   */
  void updateOnce(String referenceKey, String conversationId, String activityId, JsonNode card) {
    var message = CardMessages.of(card);
    message.setId(activityId);
    var reference = in(reference(referenceKey), conversationId);
    TeamsRetry.once(
        () ->
            continueWith(reference, turn -> turn.updateActivity(message).thenApply(done -> null)));
  }

  /** Replaces a posted message unless Teams refuses it for good (e.g. deleted in Teams: 404). */
  void updateUnlessRefused(String referenceKey, String activityId, Activity message) {
    unlessRefused(() -> update(referenceKey, activityId, message));
  }

  /** Replaces a posted message with a new version, for everyone in the conversation. */
  void update(String referenceKey, String activityId, Activity message) {
    update(reference(referenceKey), activityId, message);
  }

  /**
   * Replaces a message posted in the conversation of a reference the caller kept (a reply in a
   * thread), unless Teams refuses it for good (e.g. deleted in Teams: 404).
   */
  void updateUnlessRefused(ConversationReference reference, String activityId, Activity message) {
    unlessRefused(() -> update(reference, activityId, message));
  }

  private void update(ConversationReference reference, String activityId, Activity message) {
    message.setId(activityId);
    TeamsRetry.run(
        () ->
            continueWith(reference, turn -> turn.updateActivity(message).thenApply(done -> null)));
  }

  /** Sends plain text, e.g. to a person's 1:1 chat. */
  void say(String referenceKey, String text) {
    send(referenceKey, MessageFactory.text(text));
  }

  /**
   * Sends to a stored conversation. A person who asked to be forgotten has no chat any more and
   * nothing that links them to the key they are addressed by: there is nobody to send to, now or
   * later, so the message is dropped rather than failed (a failure would be tried again for ever).
   */
  void send(String referenceKey, Activity activity) {
    if (ConversationReferences.ofForgottenPerson(referenceKey)) {
      log.info("Not sent: addressed to a person who asked to be forgotten");
      return;
    }
    send(reference(referenceKey), activity);
  }

  /**
   * Sends to the conversation of a reference the caller kept, e.g. a thread in a channel. A message
   * Teams refuses for good (the person blocked the bot, the bot was removed from the team: 403; the
   * conversation is gone: 404) is not sent: trying again would be refused again, every 30 seconds,
   * for ever, and would hold up the rest of its delivery (the other reporters' outcomes). The sent
   * message's id; empty when Teams refused it.
   */
  Optional<String> send(ConversationReference reference, Activity activity) {
    var id = new AtomicReference<String>();
    unlessRefused(
        () ->
            TeamsRetry.run(
                () ->
                    continueWith(
                        reference,
                        turn ->
                            turn.sendActivity(activity)
                                .thenApply(
                                    sent -> {
                                      id.set(sent == null ? null : sent.getId());
                                      return null;
                                    }))));
    return Optional.ofNullable(id.get());
  }

  /** Runs a delivery; one Teams refuses for good is logged once and given up, not failed. */
  private static void unlessRefused(Runnable delivery) {
    try {
      delivery.run();
    } catch (RuntimeException failed) {
      if (!Failures.refusedByTeams(failed)) {
        throw failed;
      }
      log.warn("Teams refused a message ({}); not sent again", Failures.answer(failed));
    }
  }

  /**
   * Sends to a team member in 1:1: in the chat they already have with the bot, or in a new one
   * opened through the team's channel (possible because the bot is installed in the team).
   */
  void sendToMember(Person member, String teamId, Activity activity) {
    String personal = ConversationReferences.personalKey(member.key());
    if (references.find(personal).isPresent()) {
      send(personal, activity);
      return;
    }
    ConversationReference channel = reference(ConversationReferences.channelKey(teamId));
    var parameters = new ConversationParameters();
    parameters.setIsGroup(false);
    parameters.setBot(channel.getBot());
    parameters.setMembers(List.of(new ChannelAccount(member.id())));
    parameters.setTenantId(channel.getConversation().getTenantId());
    var credentials =
        bot.localMode()
            ? MicrosoftAppCredentials.empty()
            : new MicrosoftAppCredentials(bot.appId(), bot.appPassword());
    unlessRefused(
        () ->
            TeamsRetry.run(
                () ->
                    adapter.createConversation(
                        channel.getChannelId(),
                        channel.getServiceUrl(),
                        credentials,
                        parameters,
                        turn -> {
                          references.remember(
                              personal, turn.getActivity().getConversationReference(), null);
                          return turn.sendActivity(activity).thenApply(sent -> null);
                        })));
  }

  private CompletableFuture<Void> continueWith(
      ConversationReference reference, Function<TurnContext, CompletableFuture<Void>> work) {
    return adapter.continueConversation(bot.appId(), reference, work::apply);
  }

  private static ConversationReference in(ConversationReference kept, String conversationId) {
    var original = kept.getConversation();
    if (conversationId == null || original == null || conversationId.equals(original.getId())) {
      return kept;
    }
    ConversationReference copy = Serialization.getAs(kept, ConversationReference.class);
    copy.setConversation(ConversationReferences.likeIt(original, conversationId));
    return copy;
  }

  private ConversationReference reference(String key) {
    return references
        .find(key)
        .orElseThrow(() -> new IllegalStateException("No conversation reference for " + key));
  }

  record Posted(String conversationId, String activityId) {}
}
