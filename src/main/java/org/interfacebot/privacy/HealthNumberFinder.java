package org.interfacebot.privacy;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds NHS and CHI numbers: ten digits with a valid modulus-11 check digit, written together or in
 * groups joined by single spaces or dashes (943 476 5919, 943-476-5919, 120356 1234).
 *
 * <p>A run of digits is never split: 01224552000 (a phone number) holds ten-digit windows that may
 * pass the check, but no one writes an NHS number glued to other digits. Whole groups of a spaced
 * or dashed run are combined, though, so "943 476 5919 12 weeks ago" is still caught.
 */
final class HealthNumberFinder {

  private static final int LENGTH = 10;

  private static final String SPACE = "[ \\u00A0\\u202F]";
  private static final String DASH = "[-\\u2010\\u2011\\u2012\\u2013]";

  /** Digit groups joined by one space, or by a dash with an optional space either side. */
  private static final Pattern GROUPED_DIGITS =
      Pattern.compile("\\d+(?:(?:" + SPACE + "?" + DASH + SPACE + "?|" + SPACE + ")\\d+)*");

  private static final Pattern GROUP = Pattern.compile("\\d+");

  /** Adds to {@code found} the kind of every NHS or CHI number in {@code text}. */
  void collect(String text, Set<IdentifierKind> found) {
    Matcher run = GROUPED_DIGITS.matcher(text);
    while (run.find()) {
      if (run.end() - run.start() >= LENGTH) {
        collectFromRun(groupsOf(run.group()), found);
      }
    }
  }

  private static List<String> groupsOf(String run) {
    List<String> groups = new ArrayList<>();
    Matcher group = GROUP.matcher(run);
    while (group.find()) {
      groups.add(group.group());
    }
    return groups;
  }

  /** Tries every sequence of consecutive whole groups that holds exactly ten digits. */
  private static void collectFromRun(List<String> groups, Set<IdentifierKind> found) {
    for (int first = 0; first < groups.size(); first++) {
      StringBuilder digits = new StringBuilder(LENGTH);
      for (int next = first; next < groups.size() && digits.length() < LENGTH; next++) {
        digits.append(groups.get(next));
      }
      if (digits.length() == LENGTH && Modulus11.isValid(digits)) {
        found.add(startsWithDate(digits) ? IdentifierKind.CHI_NUMBER : IdentifierKind.NHS_NUMBER);
      }
    }
  }

  /** CHI numbers begin with the date of birth as DDMMYY; NHS numbers from England never do. */
  static boolean startsWithDate(CharSequence digits) {
    int day = twoDigits(digits, 0);
    int month = twoDigits(digits, 2);
    int year = twoDigits(digits, 4);
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    // The century is unknown; 29 February is a date in any year divisible by four in 1901-2099.
    boolean leap = year % 4 == 0;
    return day <= Month.of(month).length(leap);
  }

  private static int twoDigits(CharSequence digits, int at) {
    return (digits.charAt(at) - '0') * 10 + digits.charAt(at + 1) - '0';
  }
}
