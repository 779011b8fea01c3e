package org.interfacebot.teams;

import com.microsoft.bot.builder.MessageFactory;
import java.util.Optional;
import org.interfacebot.fellows.FellowAssigned;
import org.interfacebot.fellows.FellowMessages;
import org.interfacebot.fellows.FellowReplaced;
import org.interfacebot.fellows.ProgressChanged;
import org.interfacebot.fellows.ProgressPosted;
import org.interfacebot.groups.Groups;
import org.interfacebot.privacy.Tombstone;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fellows' work in Teams: the assignment to the fellow in 1:1 (opened through the team if they
 * never wrote to the bot), and to the fellow it was taken from, each progress update to the channel
 * and to the reporter in 1:1. The channel's copy is kept as a posted message, so that it can be
 * shown again without the fellow's name if they ask to be forgotten.
 */
@Component
class FellowAnnouncements {

  private final Groups groups;
  private final FellowMessages messages;
  private final ProactiveMessenger messenger;
  private final ConversationReferences references;
  private final SentMessages sent;
  private final PostedCardRepository postedCards;
  private final PostedMessages postedMessages;

  FellowAnnouncements(
      Groups groups,
      FellowMessages messages,
      ProactiveMessenger messenger,
      ConversationReferences references,
      SentMessages sent,
      PostedCardRepository postedCards,
      PostedMessages postedMessages) {
    this.postedCards = postedCards;
    this.postedMessages = postedMessages;
    this.groups = groups;
    this.messages = messages;
    this.messenger = messenger;
    this.references = references;
    this.sent = sent;
  }

  @ApplicationModuleListener
  void on(FellowAssigned assigned) {
    tell(
        "fellow:" + assigned.assignmentId() + ":" + assigned.at(),
        assigned.groupId(),
        messages.assigned(assigned));
  }

  /** The fellow an issue was taken from hears in 1:1 that it is no longer theirs. */
  @ApplicationModuleListener
  void on(FellowReplaced replaced) {
    tell(
        "fellow-replaced:" + replaced.assignmentId() + ":" + replaced.at(),
        replaced.groupId(),
        messages.replaced(replaced));
  }

  /** Sends a message to a fellow in 1:1 once, opening the chat through the group's team. */
  private void tell(String once, long groupId, Optional<FellowMessages.ToFellow> message) {
    message.ifPresent(
        toFellow -> {
          String teamId = groups.byId(groupId).orElseThrow().teamId();
          sent.once(
              once,
              () ->
                  messenger.sendToMember(
                      toFellow.fellow(), teamId, MessageFactory.text(toFellow.text())));
        });
  }

  /** A progress update in the channel reads differently now (its fellow was forgotten). */
  @ApplicationModuleListener
  void on(ProgressChanged changed) {
    var group = groups.byId(changed.groupId()).orElseThrow();
    var progress = messages.progress(changed.updateId());
    var message = postedCards.findBySubject(PostedCard.fellowUpdate(changed.updateId()));
    if (progress.isPresent() && message.isPresent()) {
      messenger.updateUnlessRefused(
          ConversationReferences.channelKey(group.teamId()),
          message.get().activityId(),
          MessageFactory.text(progress.get().channelText()));
    }
  }

  @ApplicationModuleListener
  void on(ProgressPosted posted) {
    var group = groups.byId(posted.groupId()).orElseThrow();
    var progress = messages.progress(posted.updateId());
    if (progress.isEmpty()) {
      return;
    }
    String key = "fellow-update:" + posted.updateId();
    postedMessages.postOnce(
        PostedCard.fellowUpdate(posted.updateId()),
        ConversationReferences.channelKey(group.teamId()),
        MessageFactory.text(progress.get().channelText()));
    progress
        .get()
        .reporterKey()
        .filter(reporter -> !Tombstone.is(reporter))
        .map(ConversationReferences::personalKey)
        .filter(chat -> references.find(chat).isPresent())
        .ifPresent(
            chat ->
                sent.once(
                    key + ":reporter", () -> messenger.say(chat, progress.get().reporterText())));
  }
}
