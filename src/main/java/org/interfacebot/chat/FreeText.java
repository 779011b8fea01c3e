package org.interfacebot.chat;

import java.util.List;
import java.util.Optional;

/**
 * Text that is no command and arrives while no dialog runs, e.g. a clinician describing a problem
 * straight away. The first handler that answers wins; with none, the bot replies with help.
 */
public interface FreeText {

  Optional<List<Reply>> offer(Turn turn, String text);

  /**
   * Whether this handler is also offered a sentence that starts with a command word ({@link
   * ChatCommand#mayBeASentence}), which is the command when no handler takes it.
   */
  default boolean takesSentencesStartingWithACommand() {
    return true;
  }
}
