package org.interfacebot.teams;

import com.microsoft.bot.builder.MessageFactory;
import java.time.Clock;
import org.interfacebot.fellows.FellowAssigned;
import org.interfacebot.fellows.FellowMessages;
import org.interfacebot.fellows.ProgressChanged;
import org.interfacebot.fellows.ProgressPosted;
import org.interfacebot.groups.Groups;
import org.interfacebot.privacy.Tombstone;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fellows' work in Teams: the assignment to the fellow in 1:1 (opened through the team if they
 * never wrote to the bot), each progress update to the channel and to the reporter in 1:1. The
 * channel's copy is kept as a posted message, so that it can be shown again without the fellow's
 * name if they ask to be forgotten.
 */
@Component
class FellowAnnouncements {

  private final Groups groups;
  private final FellowMessages messages;
  private final ProactiveMessenger messenger;
  private final ConversationReferences references;
  private final SentMessages sent;
  private final PostedCardRepository postedMessages;
  private final Clock clock;

  FellowAnnouncements(
      Groups groups,
      FellowMessages messages,
      ProactiveMessenger messenger,
      ConversationReferences references,
      SentMessages sent,
      PostedCardRepository postedMessages,
      Clock clock) {
    this.postedMessages = postedMessages;
    this.clock = clock;
    this.groups = groups;
    this.messages = messages;
    this.messenger = messenger;
    this.references = references;
    this.sent = sent;
  }

  @ApplicationModuleListener
  void on(FellowAssigned assigned) {
    var group = groups.byId(assigned.groupId()).orElseThrow();
    messages
        .assigned(assigned.assignmentId())
        .ifPresent(
            toFellow ->
                sent.once(
                    "fellow:" + assigned.assignmentId() + ":" + assigned.at(),
                    () ->
                        messenger.sendToMember(
                            toFellow.fellow(),
                            group.teamId(),
                            MessageFactory.text(toFellow.text()))));
  }

  /** A progress update in the channel reads differently now (its fellow was forgotten). */
  @ApplicationModuleListener
  void on(ProgressChanged changed) {
    var group = groups.byId(changed.groupId()).orElseThrow();
    var progress = messages.progress(changed.updateId());
    postedMessages
        .findBySubject(PostedCard.fellowUpdate(changed.updateId()))
        .filter(message -> progress.isPresent())
        .ifPresent(
            message -> {
              try {
                messenger.update(
                    ConversationReferences.channelKey(group.teamId()),
                    message.activityId(),
                    MessageFactory.text(progress.get().channelText()));
              } catch (RuntimeException failed) {
                if (!Failures.refusedByTeams(failed)) {
                  throw failed;
                }
                // E.g. deleted in Teams (404): there is nothing left to change.
              }
            });
  }

  @ApplicationModuleListener
  void on(ProgressPosted posted) {
    var group = groups.byId(posted.groupId()).orElseThrow();
    var progress = messages.progress(posted.updateId());
    if (progress.isEmpty()) {
      return;
    }
    String key = "fellow-update:" + posted.updateId();
    String subject = PostedCard.fellowUpdate(posted.updateId());
    if (postedMessages.findBySubject(subject).isEmpty()) {
      messenger
          .postUnlessRefused(
              ConversationReferences.channelKey(group.teamId()),
              MessageFactory.text(progress.get().channelText()))
          .ifPresent(
              post ->
                  postedMessages.save(
                      new PostedCard(
                          subject, post.conversationId(), post.activityId(), clock.instant())));
    }
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
