package org.interfacebot.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Valid NHS and CHI numbers, each written in every format and place a clinician might use. */
final class IdentifierCorpus {

  record Identifier(String digits, IdentifierKind kind) {}

  private static final List<String> PLACES =
      List.of(
          "%s",
          "%s was discharged without a letter",
          "Letter from the ward about %s",
          "Patient with number %s had two referrals bounced back",
          "Bounced back twice: %s",
          "%s.",
          "See %s, then ring the practice",
          "Was %s seen?",
          "(%s)",
          "Ref:%s;",
          "GP notes for %s!");

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
  private static final long FIRST_BIRTH = LocalDate.of(1920, 1, 1).toEpochDay();
  private static final long LAST_BIRTH = LocalDate.of(2025, 12, 31).toEpochDay();

  private final Random random;

  IdentifierCorpus(Random random) {
    this.random = random;
  }

  /** NHS numbers from the English ranges 400-499 and 600-799 million. */
  List<Identifier> nhsNumbers(int count) {
    List<Identifier> numbers = new ArrayList<>();
    while (numbers.size() < count) {
      int leading = List.of(4, 6, 7).get(random.nextInt(3));
      withCheckDigit(leading + digits(8))
          .ifPresent(number -> numbers.add(new Identifier(number, IdentifierKind.NHS_NUMBER)));
    }
    return numbers;
  }

  /** CHI numbers: a date of birth as DDMMYY, three digits, then the check digit. */
  List<Identifier> chiNumbers(int count) {
    List<Identifier> numbers = new ArrayList<>();
    while (numbers.size() < count) {
      long epochDay = FIRST_BIRTH + (long) (random.nextDouble() * (LAST_BIRTH - FIRST_BIRTH));
      String born = LocalDate.ofEpochDay(epochDay).format(DDMMYY);
      withCheckDigit(born + digits(3))
          .ifPresent(number -> numbers.add(new Identifier(number, IdentifierKind.CHI_NUMBER)));
    }
    return numbers;
  }

  /** CHI numbers typed with a wrong check digit: the date of birth is still there. */
  List<Identifier> mistypedChiNumbers(int count) {
    List<Identifier> numbers = new ArrayList<>();
    while (numbers.size() < count) {
      long epochDay = FIRST_BIRTH + (long) (random.nextDouble() * (LAST_BIRTH - FIRST_BIRTH));
      String typed = LocalDate.ofEpochDay(epochDay).format(DDMMYY) + digits(4);
      if (!Modulus11.isValid(typed)) {
        numbers.add(new Identifier(typed, IdentifierKind.CHI_LIKE_NUMBER));
      }
    }
    return numbers;
  }

  /**
   * The number without separators, in 3-3-4 spaced and dashed groups, and CHI-style 6-4; also with
   * two spaces and with tabs between the groups (a typing slip, a pasted table).
   */
  static List<String> formats(String digits) {
    String a = digits.substring(0, 3);
    String b = digits.substring(3, 6);
    String c = digits.substring(6);
    return List.of(
        digits,
        a + " " + b + " " + c,
        a + "-" + b + "-" + c,
        a + b + " " + c,
        a + " " + b + c,
        a + "  " + b + "  " + c,
        a + "\t" + b + "\t" + c);
  }

  /** Every format of the number in every place: alone, first, last, inside, before punctuation. */
  static List<String> renderings(String digits) {
    List<String> texts = new ArrayList<>();
    for (String written : formats(digits)) {
      for (String place : PLACES) {
        texts.add(place.formatted(written));
      }
    }
    return texts;
  }

  private static Optional<String> withCheckDigit(String firstNine) {
    OptionalInt check = Modulus11.checkDigit(firstNine);
    return check.isPresent() ? Optional.of(firstNine + check.getAsInt()) : Optional.empty();
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
