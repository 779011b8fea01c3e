package org.interfacebot.teams;

import org.interfacebot.chat.Texts;
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
  private final Texts texts;

  ReporterNotifications(ProactiveMessenger messenger, Texts texts) {
    this.texts = texts;
    this.messenger = messenger;
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
