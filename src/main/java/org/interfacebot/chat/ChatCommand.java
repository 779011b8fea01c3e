package org.interfacebot.chat;

import java.util.List;
import java.util.Set;

/** A command a person types, such as {@code raise} or {@code status IF-2027-0042}. */
public interface ChatCommand {

  /** The words that start this command, lower case; the first is the one shown in help. */
  List<String> words();

  /** How to type it, for help: {@code status IF-2027-0042}. */
  String usage();

  /** What it does, in one short line, for help. */
  String summary();

  /** Where the command may be used. */
  Set<Where> where();

  List<Reply> handle(Turn turn);
}
