package org.interfacebot.governance;

import java.util.List;

/**
 * What the Teams side keeps about a person to talk to them (the reference to their 1:1 chat, the
 * state of an unfinished conversation). Implemented by the module that knows Teams.
 */
public interface PersonalConversations {

  /** One line for each kind of thing held, in words the person understands. */
  List<String> heldFor(String personKey);

  /**
   * Lines for {@code my data} about the bot's own messages that name the person (kept so that they
   * can be changed to leave the name out); none when there are none.
   */
  List<String> namingFor(String personKey);

  /** Deletes all of it; returns how many records were deleted. */
  int forget(String personKey);
}
