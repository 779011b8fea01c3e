package org.interfacebot.meetings;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;

/** A conversation with the bot about meetings: issues accepted for one, and next year's dates. */
abstract class MeetingConversationTest extends BotConversationTest {

  /** Raises an issue and has the chair accept it for discussion; returns its reference. */
  protected String accepted(String reporter, String title, String theme) {
    String reference = raise(reporter, "Dr " + reporter, title, theme);
    chair("close " + reference + " discuss");
    return reference;
  }

  /** Waits for the message to the reporter in their 1:1 chat that says {@code what}. */
  protected Sent toldTo(String reporter, String what) {
    return awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation(reporter))
                && s.text().contains(what));
  }

  /** A year whose dates are all still to come. */
  protected static int nextYear() {
    return YEAR + 1;
  }
}
