package org.interfacebot.chat;

import java.util.List;
import java.util.Optional;

/**
 * A multi-step conversation. While it is active, every message in the conversation goes to it,
 * except the words every dialog understands ({@code help}, {@code cancel}); a whole command typed
 * instead of an answer is first offered to {@link #commandTyped}.
 */
public interface ChatDialog {

  /** The name kept in {@link DialogMemory} while this dialog runs. */
  String name();

  /** The next answer: typed text, or the value of a choice button. */
  List<Reply> answer(Turn turn, String answer);

  /** Said when the person cancels. */
  String cancelled();

  /** Said when the person types {@code help} in the middle: what this dialog is waiting for. */
  String help();

  /**
   * As {@link #help()}, for this turn: a dialog that has lapsed (a draft left too long) says so
   * rather than that it is waiting, and may end.
   */
  default String help(Turn turn) {
    return help();
  }

  /**
   * What to say when the person types a whole command ({@link ChatCommand#isExactly}) instead of an
   * answer, or nothing to take it as the answer after all, which is the default.
   */
  default Optional<List<Reply>> commandTyped(Turn turn, ChatCommand command) {
    return Optional.empty();
  }
}
