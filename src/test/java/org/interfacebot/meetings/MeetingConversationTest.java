package org.interfacebot.meetings;

import org.interfacebot.support.BotConversationTest;

/** A conversation with the bot about meetings: issues accepted for one, and next year's dates. */
abstract class MeetingConversationTest extends BotConversationTest {

  /** Raises an issue and has the chair accept it for discussion; returns its reference. */
  protected String accepted(String reporter, String title, String theme) {
    String reference = raise(reporter, "Dr " + reporter, title, theme);
    chair("close " + reference + " discuss");
    return reference;
  }

  /** A year whose dates are all still to come. */
  protected static int nextYear() {
    return YEAR + 1;
  }
}
