package org.interfacebot.chat;

import java.util.regex.Pattern;

/**
 * People's own text (titles, descriptions, comments, updates, reasons, names) shown as they typed
 * it. Teams renders messages and card text as markdown, so "[guidance](https://elsewhere.example)"
 * would show as a link named "guidance" to an address nobody sees, and so would an HTML link or
 * image in a message. A zero-width space after the {@code ]} of a link (inline, reference or
 * definition) and after the {@code <} of an {@code <a>} or {@code <img>} tag stops either being
 * read as markup: the text reads exactly as typed, address and all. Other angle brackets are left
 * alone, as the bot's own command examples ({@code update IF-2027-0042 <what has happened>}) pass
 * through here too and must stay as they can be copied. Only what is shown changes: the text is
 * kept as typed, and showing it twice changes nothing more.
 */
public final class AsTyped {

  private static final Pattern MARKUP =
      Pattern.compile("(?<=])(?=[(\\[:])|(?<=<)(?=(?i:a|img)\\b)");
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private AsTyped() {}

  /** The text with its link and tag markup made inert. */
  public static String shown(String text) {
    return text == null ? null : MARKUP.matcher(text).replaceAll(ZERO_WIDTH_SPACE);
  }
}
