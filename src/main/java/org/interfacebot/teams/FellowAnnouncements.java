package org.interfacebot.teams;

import com.microsoft.bot.builder.MessageFactory;
import org.interfacebot.fellows.FellowAssigned;
import org.interfacebot.fellows.FellowMessages;
import org.interfacebot.fellows.ProgressPosted;
import org.interfacebot.groups.Groups;
import org.interfacebot.privacy.Tombstone;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fellows' work in Teams: the assignment to the fellow in 1:1 (opened through the team if they
 * never wrote to the bot), each progress update to the channel and to the reporter in 1:1.
 */
@Component
class FellowAnnouncements {

  private final Groups groups;
  private final FellowMessages messages;
  private final ProactiveMessenger messenger;
  private final ConversationReferences references;
  private final SentMessages sent;

  FellowAnnouncements(
      Groups groups,
      FellowMessages messages,
      ProactiveMessenger messenger,
      ConversationReferences references,
      SentMessages sent) {
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

  @ApplicationModuleListener
  void on(ProgressPosted posted) {
    var group = groups.byId(posted.groupId()).orElseThrow();
    var progress = messages.progress(posted.updateId());
    if (progress.isEmpty()) {
      return;
    }
    String key = "fellow-update:" + posted.updateId();
    sent.once(
        key + ":channel",
        () ->
            messenger.say(
                ConversationReferences.channelKey(group.teamId()), progress.get().channelText()));
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
