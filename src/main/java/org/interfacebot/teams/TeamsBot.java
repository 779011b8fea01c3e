package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.interfacebot.chat.CardAction;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translates Teams activities for the chat API and sends back what it answers. It routes nothing
 * itself: {@link ChatDispatcher} does, and {@link Installations} handles install events.
 */
@Component
class TeamsBot extends ActivityHandler {

  private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

  private final ChatDispatcher dispatcher;
  private final Installations installations;
  private final ConversationReferences references;
  private final ConversationMemory memories;
  private final TeamPresence presence;
  private final TeamRoster roster;
  private final MessageGate gate;
  private final InboundActivities inbound;
  private final TeamChanges changes;
  private final HeldReplies held;
  private final NamedReplies named;
  private final Texts texts;

  TeamsBot(
      ChatDispatcher dispatcher,
      Installations installations,
      ConversationReferences references,
      ConversationMemory memories,
      TeamPresence presence,
      TeamRoster roster,
      MessageGate gate,
      InboundActivities inbound,
      TeamChanges changes,
      HeldReplies held,
      NamedReplies named,
      Texts texts) {
    this.held = held;
    this.named = named;
    this.texts = texts;
    this.inbound = inbound;
    this.changes = changes;
    this.presence = presence;
    this.roster = roster;
    this.gate = gate;
    this.dispatcher = dispatcher;
    this.installations = installations;
    this.references = references;
    this.memories = memories;
  }

  /**
   * Runs the turn and waits for it here, on the thread the SDK called us on. The SDK closes the
   * turn's context as soon as this method has returned (BotFrameworkAdapter.processActivity's
   * try-with-resources), iterating the turn state, a plain HashMap; and it sends every activity on
   * its own executor, where it also puts an invoke's response into that map. A turn still running
   * when this method returned raced that close: a ConcurrentModificationException, answered 500
   * (seen about twice in 10,000 fuzzed activities; ConcurrentTurnsIT). Waiting here means nothing
   * touches the turn state after the close.
   */
  @Override
  public CompletableFuture<Void> onTurn(TurnContext turnContext) {
    return TurnDeadline.finishedHere(
        gate.admit(turnContext, () -> inbound.once(turnContext, () -> super.onTurn(turnContext))));
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext context) {
    return withTurn(
            context, TurnReader.value(context.getActivity().getValue()), dispatcher::message)
        .thenCompose(replies -> send(context, replies));
  }

  /** A card action whose value is not what Universal Actions send is a bad request, not a crash. */
  @Override
  protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext context) {
    CompletableFuture<InvokeResponse> handled;
    try {
      handled = super.onInvokeActivity(context);
    } catch (NullPointerException noAction) {
      return CompletableFuture.completedFuture(new InvokeResponse(400, null));
    }
    return handled.exceptionally(
        failed -> {
          if (Failures.root(failed) instanceof InvokeResponseException badValue) {
            return badValue.createInvokeResponse();
          }
          throw failed instanceof CompletionException c ? c : new CompletionException(failed);
        });
  }

  @Override
  protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(
      TurnContext context, AdaptiveCardInvokeValue invoke) {
    String verb = invoke.getAction().getVerb();
    JsonNode data = TurnReader.value(invoke.getAction().getData());
    return withTurn(context, data, turn -> act(turn, verb, data))
        .thenCompose(
            acted ->
                send(context, acted.result().messages())
                    .thenApply(sent -> acted.response(texts.get("teams.done"))));
  }

  /**
   * A refused action is answered with a message, which Teams shows beside the card: the card stays
   * as it was, with its buttons and whatever the person typed into it, so they can put it right
   * (write the comment a "Concerns" answer needs) and press again.
   */
  private Acted act(Turn turn, String verb, JsonNode data) {
    try {
      return new Acted(dispatcher.action(turn, verb, data), null);
    } catch (CardActionRefused refused) {
      return new Acted(CardAction.Result.replaceWith(null), refused.getMessage());
    }
  }

  private record Acted(CardAction.Result result, String refusal) {
    AdaptiveCardInvokeResponse response(String done) {
      if (refusal != null || result.card() == null) {
        return InvokeResponses.message(refusal != null ? refusal : done);
      }
      return InvokeResponses.card(result.card());
    }
  }

  /** Added (welcomed) or removed; Teams also tells both as members added or removed. */
  @Override
  protected CompletableFuture<Void> onInstallationUpdate(TurnContext context) {
    return send(context, installations.updated(context));
  }

  /** A team renamed (and members added or removed, below). */
  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext context) {
    return send(context, changes.changed(context))
        .thenCompose(sent -> super.onConversationUpdateActivity(context));
  }

  @Override
  protected CompletableFuture<Void> onMembersAdded(
      List<ChannelAccount> membersAdded, TurnContext context) {
    String botId = context.getActivity().getRecipient().getId();
    var place = TurnReader.place(context.getActivity());
    if (place.teamId() != null) {
      presence.added(place, people(membersAdded, botId), roster.membership(context));
    }
    boolean botAdded = membersAdded.stream().anyMatch(m -> botId.equals(m.getId()));
    return botAdded ? send(context, installations.installed(context)) : done();
  }

  @Override
  protected CompletableFuture<Void> onMembersRemoved(
      List<ChannelAccount> membersRemoved, TurnContext context) {
    var place = TurnReader.place(context.getActivity());
    if (place.teamId() != null) {
      presence.removed(place, people(membersRemoved, context.getActivity().getRecipient().getId()));
    }
    return done();
  }

  private static List<org.interfacebot.chat.Person> people(
      List<ChannelAccount> accounts, String botId) {
    return accounts.stream().filter(m -> !botId.equals(m.getId())).map(TurnReader::person).toList();
  }

  /**
   * Loads the conversation's dialog memory, runs the handler as a {@link Turn}, keeps any change to
   * the memory and remembers a person's 1:1 chat for later notifications.
   */
  private <T> CompletableFuture<T> withTurn(
      TurnContext context, JsonNode value, Function<Turn, T> handler) {
    try {
      return CompletableFuture.completedFuture(runTurn(context, value, handler));
    } catch (RuntimeException failed) {
      return CompletableFuture.failedFuture(failed);
    }
  }

  private <T> T runTurn(TurnContext context, JsonNode value, Function<Turn, T> handler) {
    var loaded = memories.load(context.getActivity());
    Turn turn =
        TurnReader.read(context.getActivity(), value, loaded.memory(), roster.membership(context));
    // Not for card actions: a vote must stay one transaction (P2 in docs/benchmarks.md).
    if (context.getActivity().isType(ActivityTypes.MESSAGE)) {
      presence.wrote(turn.place(), turn.from());
    }
    if (turn.place().personal()) {
      references.remember(
          ConversationReferences.personalKey(turn.from().key()),
          context.getActivity().getConversationReference(),
          null);
    }
    T result = handler.apply(turn);
    memories.keep(loaded);
    return result;
  }

  /**
   * Sends the replies in order, one at a time. When Teams cannot take one now (down, or 429), it
   * and the rest are held and sent later ({@link HeldReplies}): the turn's work is done and kept,
   * so losing its answer, or failing the turn for Teams to deliver it again, would be worse.
   */
  private CompletableFuture<Void> send(TurnContext context, List<Reply> replies) {
    return sendFrom(context, replies, 0);
  }

  private CompletableFuture<Void> sendFrom(TurnContext context, List<Reply> replies, int next) {
    if (next == replies.size()) {
      return done();
    }
    return context
        .sendActivity(CardMessages.of(replies.get(next)))
        .handle(
            (sent, failed) -> {
              if (failed == null && replies.get(next) instanceof Reply.Naming naming) {
                named.keep(
                    context.getActivity().getConversationReference(),
                    sent == null ? null : sent.getId(),
                    naming.wording());
              }
              return failed;
            })
        .thenCompose(
            failed -> {
              if (failed == null) {
                return sendFrom(context, replies, next + 1);
              }
              if (!Failures.teamsUnavailable(failed)) {
                return refused(context, replies, next, failed);
              }
              // Made again: the SDK addressed the one that failed, naming the person.
              held.hold(context.getActivity(), replies.subList(next, replies.size()));
              return done();
            });
  }

  /**
   * Teams refused a reply for good (a 4xx other than 429, such as a message too large to show or a
   * bot no longer allowed in the conversation), or it failed here before reaching Teams. The turn's
   * work is kept: failing the turn would tell the person that nothing changed, and have Teams
   * deliver the activity again, doing it twice. They are told in a short note instead, if Teams
   * takes it, and then get the replies after it.
   */
  private CompletableFuture<Void> refused(
      TurnContext context, List<Reply> replies, int next, Throwable failure) {
    String type = context.getActivity().getType();
    if (Failures.root(failure) instanceof ErrorResponseException) {
      log.warn(
          "Teams refused a reply to a {} activity ({}); not sent", type, Failures.answer(failure));
    } else {
      log.error("A reply to a {} activity was not sent: {}", type, Failures.describe(failure));
    }
    return context
        .sendActivity(texts.get("teams.reply-refused"))
        .handle((sent, failed) -> failed)
        .thenCompose(
            failed -> {
              if (failed == null) {
                return sendFrom(context, replies, next + 1);
              }
              log.warn("Teams refused the note in its place too ({})", Failures.answer(failed));
              return done();
            });
  }

  private static CompletableFuture<Void> done() {
    return CompletableFuture.completedFuture(null);
  }
}
