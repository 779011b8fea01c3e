package org.interfacebot.privacy;

import java.util.OptionalInt;

/**
 * The modulus-11 check digit shared by NHS and CHI numbers: the first nine digits weighted 10 down
 * to 2, check digit = 11 - (sum mod 11), where 11 becomes 0 and 10 means no number is issued.
 */
final class Modulus11 {

  private Modulus11() {}

  /** True if {@code digits} is exactly ten ASCII digits ending in the check digit of the rest. */
  static boolean isValid(CharSequence digits) {
    if (digits == null || digits.length() != 10 || !allDigits(digits)) {
      return false;
    }
    OptionalInt check = checkDigit(digits.subSequence(0, 9));
    return check.isPresent() && check.getAsInt() == digits.charAt(9) - '0';
  }

  /** The check digit for nine ASCII digits, or empty when none exists (the sum gives 10). */
  static OptionalInt checkDigit(CharSequence firstNine) {
    if (firstNine.length() != 9 || !allDigits(firstNine)) {
      throw new IllegalArgumentException("Expected nine digits");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (firstNine.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      return OptionalInt.of(0);
    }
    return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
  }

  private static boolean allDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
