package org.interfacebot.privacy;

import java.util.List;
import java.util.Random;

/** Ten-digit order numbers from requesting systems, which do not pass the NHS check digit. */
final class OrderNumbers {

  private OrderNumbers() {}

  static String failingCheck(Random r) {
    while (true) {
      StringBuilder digits = new StringBuilder(10);
      for (int i = 0; i < 10; i++) {
        digits.append(r.nextInt(10));
      }
      if (!Modulus11.isValid(digits)) {
        return written(r, digits.toString());
      }
    }
  }

  private static String written(Random r, String digits) {
    return switch (ClinicalSentenceCorpus.pick(r, List.of("plain", "spaced", "dashed"))) {
      case "spaced" ->
          digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
      case "dashed" ->
          digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
      default -> digits;
    };
  }
}
