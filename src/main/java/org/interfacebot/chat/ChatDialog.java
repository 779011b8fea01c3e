package org.interfacebot.chat;

import java.util.List;

/**
 * A multi-step conversation. While it is active, every message in the conversation goes to it,
 * except the words every dialog understands ({@code help}, {@code cancel}).
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
}
