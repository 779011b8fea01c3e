package org.interfacebot.privacy;

import java.util.regex.Pattern;

/**
 * Finds dates next to words that say they are a date of birth ("DOB 12/03/1956", "born 3 March
 * 1956", "d.o.b: 1956-03-12", "12.03.56 (DOB)"). A date alone is not flagged: free text is full of
 * appointment, referral and discharge dates.
 */
final class DateOfBirthFinder {

  /**
   * DOB, D.O.B., date of birth, birth date, birthday: words that, next to a date with a year, only
   * ever give a date of birth.
   */
  private static final String DOB_WORDS =
      "(?:\\bdob\\b|\\bd\\.\\s?o\\.\\s?b\\b\\.?|\\bdate\\s+of\\s+birth\\b|\\bbirth\\s?(?:date|day)\\b)";

  /** "Born" also ends "delivered 12/03/2026, born at 34 weeks", so it only counts before a date. */
  private static final String KEYWORD = "(?:" + DOB_WORDS + "|\\bborn\\b)";

  /** Punctuation, and a linking word or two, allowed between the keyword and the date. */
  private static final String GAP =
      "[\\s:;,.=()\\[\\]\\-\\u2013]*(?:(?:was|is|on|of|the)\\b[\\s:,\\-\\u2013]*){0,2}";

  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
  private static final String MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
  private static final String YEAR = "(?:(?:18|19|20)\\d{2}|'?\\d{2})";
  private static final String FULL_YEAR = "(?:18|19|20)\\d{2}";

  /** A slash, dot or dash with a space or two either side, or up to three spaces alone. */
  private static final String SEPARATOR = "(?:\\s{0,2}[/.\\-]\\s{0,2}|\\s{1,3})";

  private static final String MONTH_NAME =
      "(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  private static final String DATE =
      "(?:"
          + DAY
          + SEPARATOR
          + MONTH_NUMBER
          + SEPARATOR
          + YEAR
          + "|"
          + FULL_YEAR
          + SEPARATOR
          + MONTH_NUMBER
          + SEPARATOR
          + DAY
          + "|"
          + DAY
          + ORDINAL
          + "\\s*(?:of\\s+)?"
          + MONTH_NAME
          + ",?\\s*"
          + YEAR
          + "|"
          + MONTH_NAME
          + "\\s*"
          + DAY
          + ORDINAL
          + ",?\\s*"
          + YEAR
          + "|(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:(?:18|19|20)\\d{2}|\\d{2})"
          + ")(?![\\d/])";

  private static final Pattern KEYWORD_THEN_DATE =
      Pattern.compile(KEYWORD + GAP + "(?<![\\d/])" + DATE, Pattern.CASE_INSENSITIVE);

  private static final Pattern DATE_THEN_KEYWORD =
      Pattern.compile(
          "(?<![\\d/])" + DATE + "\\s*[(\\[]?\\s*" + DOB_WORDS, Pattern.CASE_INSENSITIVE);

  boolean foundIn(String text) {
    return KEYWORD_THEN_DATE.matcher(text).find() || DATE_THEN_KEYWORD.matcher(text).find();
  }
}
