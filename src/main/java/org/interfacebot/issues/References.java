package org.interfacebot.issues;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue references as typed or clicked. A reply may repeat what was typed only when it has the
 * shape of a reference (IF-2027-0042): never arbitrary text, which could hold patient details.
 */
public final class References {

  private static final Pattern SHAPE = Pattern.compile("IF-\\d{4}-\\d{4,}");

  /** Punctuation written after a reference: "IF-2027-0042: text", "add IF-2027-0042." */
  private static final Pattern TRAILING = Pattern.compile("[.,;:!?]+$");

  private References() {}

  /** The typed reference, upper case, if it has the shape of one. */
  public static Optional<String> shaped(String typed) {
    String upper = normalised(typed);
    return SHAPE.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
  }

  /**
   * The reference as stored: upper case, without the punctuation a sentence puts after it (a
   * reference never ends with any).
   */
  public static String normalised(String typed) {
    String upper = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    return TRAILING.matcher(upper).replaceFirst("");
  }

  /**
   * Whether the text is one of a command's words followed by a reference, and by more only when
   * {@code more} is allowed: {@code status IF-2027-0042}, {@code close IF-2027-0042 discuss}. Used
   * to tell such a command typed in the middle of raising an issue from an answer.
   */
  public static boolean command(String text, List<String> words, boolean more) {
    String[] typed = text == null ? new String[0] : text.strip().split("\\s+", 3);
    return typed.length >= 2
        && (more || typed.length == 2)
        && words.contains(typed[0].toLowerCase(Locale.ROOT))
        && shaped(typed[1]).isPresent();
  }

  /** What a reply may say for the typed reference: the reference, or {@code otherwise}. */
  public static String echo(String typed, String otherwise) {
    return shaped(typed).orElse(otherwise);
  }
}
