package org.interfacebot.chat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One incoming message or card action: who, where, the text with any @mention removed, the people
 *
 * @mentioned other than the bot, the submitted card values (or an empty object), the conversation's
 *     dialog memory and a way to ask Teams who is in a team ({@link TeamMembership#NONE} when none
 *     is given).
 */
public record Turn(
    Person from,
    Place place,
    String text,
    java.util.List<Person> mentioned,
    JsonNode value,
    DialogMemory memory,
    TeamMembership membership) {

  public Turn {
    mentioned = mentioned == null ? java.util.List.of() : java.util.List.copyOf(mentioned);
    membership = membership == null ? TeamMembership.NONE : membership;
  }

  /** The same turn with other text, e.g. to hand a typed command to its handler. */
  public Turn withText(String newText) {
    return new Turn(from, place, newText, mentioned, value, memory, membership);
  }

  /** The first word of the text, lower-cased: the command word. */
  public String firstWord() {
    return firstWordOf(text);
  }

  /** The text after the first word. */
  public String rest() {
    String trimmed = text == null ? "" : text.strip();
    int space = firstSpace(trimmed);
    return space < 0 ? "" : trimmed.substring(space + 1).strip();
  }

  /**
   * The first word of any text, lower-cased. Words end at any white space: a command word may be
   * followed by a new line ({@code status}, then the reference on the next line, as a phone sends).
   */
  public static String firstWordOf(String text) {
    String trimmed = text == null ? "" : text.strip();
    int space = firstSpace(trimmed);
    return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
  }

  private static int firstSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
