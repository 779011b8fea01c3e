package org.interfacebot.privacy;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds NHS and CHI numbers: ten digits with a valid modulus-11 check digit, written together or in
 * groups joined by spaces, tabs or dashes (943 476 5919, 943-476-5919, 120356 1234, and with two
 * spaces or a tab from a pasted table, 943 476 5919). Ten digits that begin with a date as DDMMYY
 * are found whatever their check digit: a mistyped CHI number still holds a date of birth and most
 * of the number.
 *
 * <p>A run of digits is never split: 01224552000 (a phone number) holds ten-digit windows that may
 * pass the check, but no one writes an NHS number glued to other digits. Whole groups of a spaced
 * or dashed run are combined, though, so "943 476 5919 12 weeks ago" is still caught.
 *
 * <p>Dots and slashes join groups only in the NHS number's own 3-3-4 grouping, the same separator
 * twice (943.476.5919, 943/476/5919), with a valid check digit: they join the parts of dates
 * (12/03/2027), decimals and versions too, which that grouping and the check leave alone.
 */
final class HealthNumberFinder {

  private static final int LENGTH = 10;

  /** A UK phone number with its country code: +44 and ten digits. */
  private static final int INTERNATIONAL_PHONE_DIGITS = 12;

  /** 3-3-4 digits joined by one dot or slash each, not part of a longer dotted or slashed run. */
  private static final Pattern DOTTED_OR_SLASHED =
      Pattern.compile("(?<!\\d)(?<!\\d[./])(\\d{3})([./])(\\d{3})\\2(\\d{4})(?!\\d)(?![./]\\d)");

  /**
   * Adds to {@code found} the kind of every NHS or CHI number in {@code text}. Scanned by hand, not
   * with a repeated regex group: Java's regex engine recurses once per repetition, so a long list
   * of numbers would overflow the stack.
   */
  void collect(String text, Set<IdentifierKind> found) {
    List<String> groups = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      if (!isDigit(text.charAt(at))) {
        at++;
        continue;
      }
      groups.clear();
      int runStart = at;
      int next = at;
      do {
        at = next;
        while (at < text.length() && isDigit(text.charAt(at))) {
          at++;
        }
        groups.add(text.substring(next, at));
        next = digitAfterSeparator(text, at);
      } while (next >= 0);
      collectFromRun(groups, afterPlus(text, runStart), found);
    }
    Matcher dotted = DOTTED_OR_SLASHED.matcher(text);
    while (dotted.find()) {
      String digits = dotted.group(1) + dotted.group(3) + dotted.group(4);
      if (!Modulus11.isValid(digits)) {
        continue;
      }
      if (startsWithDate(digits)) {
        found.add(IdentifierKind.CHI_NUMBER);
      } else if (digits.charAt(0) != '0') {
        found.add(IdentifierKind.NHS_NUMBER);
      }
    }
  }

  /**
   * Where the next group starts if a separator follows {@code at}: spaces or tabs, or a dash with
   * spaces or tabs either side, all on one line. -1 if none does.
   */
  private static int digitAfterSeparator(String text, int at) {
    int next = afterSpaces(text, at);
    if (next < text.length() && isDash(text.charAt(next))) {
      next = afterSpaces(text, next + 1);
    }
    return next > at && next < text.length() && isDigit(text.charAt(next)) ? next : -1;
  }

  private static int afterSpaces(String text, int at) {
    int next = at;
    while (next < text.length() && isSpace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  /**
   * Tries every sequence of consecutive whole groups that holds exactly ten digits. A run glued to
   * a plus sign starts with an international phone number (+44 1202 123456, which would pass as a
   * CHI number starting 12/02 one time in eleven): its groups, up to the 12 digits of a UK number
   * with its country code, are left alone, and whatever follows them is checked like any run.
   */
  private static void collectFromRun(
      List<String> groups, boolean international, Set<IdentifierKind> found) {
    int start = 0;
    if (international) {
      int phoneDigits = 0;
      while (start < groups.size() && phoneDigits < INTERNATIONAL_PHONE_DIGITS) {
        phoneDigits += groups.get(start).length();
        start++;
      }
    }
    for (int first = start; first < groups.size(); first++) {
      StringBuilder digits = new StringBuilder(LENGTH);
      for (int next = first; next < groups.size() && digits.length() < LENGTH; next++) {
        digits.append(groups.get(next));
      }
      if (digits.length() != LENGTH) {
        continue;
      }
      boolean dated = startsWithDate(digits);
      if (dated) {
        found.add(
            Modulus11.isValid(digits) ? IdentifierKind.CHI_NUMBER : IdentifierKind.CHI_LIKE_NUMBER);
      } else if (digits.charAt(0) != '0' && Modulus11.isValid(digits)) {
        // No NHS number starts with 0, but UK phone numbers do (0800 140 575 passes the check).
        found.add(IdentifierKind.NHS_NUMBER);
      }
    }
  }

  /** CHI numbers begin with the date of birth as DDMMYY; NHS numbers from England never do. */
  private static boolean startsWithDate(CharSequence digits) {
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

  private static boolean afterPlus(String text, int runStart) {
    return runStart > 0 && text.charAt(runStart - 1) == '+';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
  }

  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2013');
  }

  private static int twoDigits(CharSequence digits, int at) {
    return (digits.charAt(at) - '0') * 10 + digits.charAt(at + 1) - '0';
  }
}
