package org.interfacebot.cards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** d3-format's {@code ,.Nf} in the en-US locale, which formatNumber and string() use. */
final class NumberFormat {

  private NumberFormat() {}

  static String fixedGrouped(double value, int precision) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Values.numberToString(value);
    }
    BigDecimal exact = new BigDecimal(value).setScale(Math.max(0, precision), RoundingMode.HALF_UP);
    boolean negative = exact.signum() < 0;
    String plain = exact.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "\u2212" : "") + grouped + fraction;
  }
}
