package org.interfacebot.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A message made only of greetings, thanks and courtesies, perhaps with the bot's name ("good
 * morning there interface bot", "hello, hope you are well"): however long, it describes no problem
 * and is no command. One word that is none of these (a ward, a letter, a number) makes it something
 * else, so a description that merely starts with a greeting is still a description.
 */
public enum Pleasantry {
  GREETING,
  THANKS;

  private static final Set<String> GREETINGS =
      Set.of(
          "hi",
          "hello",
          "hey",
          "hiya",
          "howdy",
          "hallo",
          "hullo",
          "greetings",
          "morning",
          "afternoon",
          "evening");
  private static final Set<String> THANKS_WORDS = Set.of("thanks", "thank", "thx", "cheers", "ta");
  // Words that carry no problem: courtesies, and the bot's name.
  private static final Set<String> COURTESIES =
      Set.of(
          "good",
          "there",
          "interface",
          "bot",
          "all",
          "everyone",
          "everybody",
          "folks",
          "team",
          "you",
          "your",
          "yourself",
          "youre",
          "hope",
          "hoping",
          "are",
          "is",
          "it",
          "its",
          "well",
          "how",
          "hows",
          "doing",
          "going",
          "today",
          "very",
          "much",
          "so",
          "again",
          "and",
          "dear",
          "nice",
          "to",
          "meet",
          "i",
          "im",
          "am",
          "fine",
          "great",
          "lovely",
          "a",
          "day",
          "have",
          "oh",
          "ok",
          "okay",
          "many",
          "kind",
          "of",
          "really",
          "for",
          "help",
          "once",
          "more",
          "just",
          "saying",
          "say",
          "wanted",
          "the",
          "lot");

  /** What the text is, if it is only pleasantries: thanks if it thanks at all, else a greeting. */
  public static Optional<Pleasantry> of(String text) {
    List<String> words = words(text);
    if (words.isEmpty()
        || !words.stream()
            .allMatch(
                w -> GREETINGS.contains(w) || THANKS_WORDS.contains(w) || COURTESIES.contains(w))) {
      return Optional.empty();
    }
    if (words.stream().anyMatch(THANKS_WORDS::contains)) {
      return Optional.of(THANKS);
    }
    return words.stream().anyMatch(GREETINGS::contains) ? Optional.of(GREETING) : Optional.empty();
  }

  /**
   * Lower-case words; apostrophes dropped (how's, I'm), anything else but letters and digits
   * splits.
   */
  private static List<String> words(String text) {
    String plain = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }
}
