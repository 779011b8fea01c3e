package org.interfacebot.teams;

import org.interfacebot.chat.Texts;
import org.interfacebot.issues.IssueReceived;
import org.interfacebot.issues.IssueStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells reporters, in their 1:1 chat, every time their issue moves on: the feedback loop that
 * today's reporting systems lack. Delivered from the event publication registry, so not lost.
 */
@Component
class ReporterNotifications {

  private final ProactiveMessenger messenger;
  private final SentMessages sent;
  private final Texts texts;

  ReporterNotifications(ProactiveMessenger messenger, SentMessages sent, Texts texts) {
    this.texts = texts;
    this.messenger = messenger;
    this.sent = sent;
  }

  /** The thanks, with the reference, for a newly raised issue: once, however often delivered. */
  @ApplicationModuleListener
  void on(IssueReceived received) {
    String reporter = ConversationReferences.personalKey(received.reporterKey());
    sent.once(
        "raised:" + received.issueId() + ":" + reporter,
        () -> messenger.say(reporter, received.message()));
  }

  @ApplicationModuleListener
  void on(IssueStatusChanged changed) {
    String note = changed.note() == null || changed.note().isBlank() ? "" : "\n\n" + changed.note();
    messenger.say(
        ConversationReferences.personalKey(changed.reporterKey()),
        texts.get(
            "teams.reporter-update",
            changed.reference(),
            changed.title(),
            texts.label(changed.status()),
            note));
  }
}
