package org.interfacebot.chat;

import java.util.List;
import java.util.Locale;
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

  /** Whether only a group's chairs may use it: help lists these apart from the others. */
  default boolean forChairs() {
    return false;
  }

  List<Reply> handle(Turn turn);

  /**
   * Whether the whole of the text is this command, not a sentence that merely starts with one of
   * its words: {@code my issues} is the command, {@code my issues with discharge letters} is not. A
   * dialog uses it to tell a command typed in the middle from an answer. The text must be one of
   * the words or the usage, or one of the words followed by an argument the command {@link
   * #readsArgument reads}.
   */
  default boolean isExactly(String text) {
    String typed = normalised(text);
    if (words().contains(typed) || normalised(usage()).equals(typed)) {
      return true;
    }
    String[] parts = text.strip().split("\\s+", 2);
    return parts.length == 2
        && words().contains(parts[0].toLowerCase(Locale.ROOT))
        && readsArgument(parts[1]);
  }

  /**
   * Whether {@link #handle} reads {@code argument}, the text after the command word, as one of the
   * command's forms ({@code 2026} for {@code stats}), by the same parsing, rather than as a
   * sentence that merely starts with the word ({@code stats are not kept}). None by default.
   */
  default boolean readsArgument(String argument) {
    return false;
  }

  /**
   * Whether a message typed outside a dialog that starts with one of the words may instead be a
   * sentence describing a problem ({@code my patient's letter had no medication changes}, {@code
   * status of referrals is never shared}): such a message is offered as a new issue where it
   * describes one, and is this command otherwise. Never, by default.
   */
  default boolean mayBeASentence(String text) {
    return false;
  }

  /** Lower case, trimmed, with single spaces: how {@link #isExactly} compares. */
  static String normalised(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The text normalised, without the full stop or exclamation marks a phone may add: "Cancel." */
  static String bare(String text) {
    return normalised(text).replaceAll("[.!]+$", "").strip();
  }
}
