package org.interfacebot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Realistic interface-issue text with no patient identifier in it, but full of the numbers that
 * look like one: dates, phone numbers, doses, bleeps, wards, order and accession numbers, times.
 */
final class ClinicalSentenceCorpus {

  private static final List<String> MONTHS =
      List.of("Jan", "February", "March", "Apr", "May", "June", "July", "Aug", "Sept", "October");
  private static final List<String> POSTCODES =
      List.of("AB25 2ZN", "EH16 4SA", "G51 4TF", "DD1 9SY", "IV2 3UJ", "KY2 5AH", "PH1 1NX");
  private static final List<String> DRUGS =
      List.of("metformin", "amoxicillin", "paracetamol", "gabapentin", "sertraline", "warfarin");
  private static final List<String> OPENINGS =
      List.of(
          "Discharge letter had no medication changes",
          "Referral bounced back by the hospital",
          "Nobody owns the blood test result",
          "Out of hours could not reach the ward",
          "Practice pharmacist queried the prescription",
          "Clinic letter arrived three weeks late");

  private final Random random;
  private final List<Function<Random, String>> fragments;

  ClinicalSentenceCorpus(Random random) {
    this.random = random;
    this.fragments =
        List.of(
            r -> "seen on %02d/%02d/2026".formatted(day(r), month(r)),
            r -> "discharged on %d %s 2025".formatted(day(r), pick(r, MONTHS)),
            r -> "referral dated 2026-%02d-%02d".formatted(month(r), day(r)),
            r -> "review booked for %d.%d.26".formatted(day(r), month(r)),
            r -> "phone the ward on " + PhoneNumbers.any(r),
            r -> "the clinic number " + PhoneNumbers.any(r) + " rang out",
            r -> "%s %d mg %s".formatted(pick(r, DRUGS), dose(r), pick(r, List.of("bd", "tds"))),
            r -> "insulin %d units at night".formatted(4 + r.nextInt(60)),
            r -> "metformin 1000 mg twice daily",
            r -> "bleep %d".formatted(1000 + r.nextInt(9000)),
            r -> "ward %d, bed %d".formatted(1 + r.nextInt(120), 1 + r.nextInt(30)),
            r -> "order number " + OrderNumbers.failingCheck(r),
            r -> "lab accession %02dH%07d".formatted(20 + r.nextInt(7), r.nextInt(10_000_000)),
            r -> "sample B%02d.%07d".formatted(20 + r.nextInt(7), r.nextInt(10_000_000)),
            r -> "happening since %d".formatted(2015 + r.nextInt(11)),
            r -> "like IF-%d-%04d".formatted(2025 + r.nextInt(3), 1 + r.nextInt(300)),
            r -> "from %d to %d".formatted(2015 + r.nextInt(5), 2020 + r.nextInt(7)),
            r -> "clinic %02d:%02d-%02d:00".formatted(8 + r.nextInt(4), 15 * r.nextInt(4), 13),
            r -> "clinic at %02d:%02d".formatted(8 + r.nextInt(10), 5 * r.nextInt(12)),
            r -> "between %02d00 and %02d00".formatted(8 + r.nextInt(4), 16 + r.nextInt(4)),
            r -> "patient lives near " + pick(r, POSTCODES),
            r -> "HbA1c %d mmol/mol, eGFR %d".formatted(40 + r.nextInt(60), 15 + r.nextInt(75)),
            r ->
                "BP %d/%d, weight %d.%d kg"
                    .formatted(
                        110 + r.nextInt(70), 60 + r.nextInt(40), 45 + r.nextInt(80), r.nextInt(10)),
            r -> "%d patients in %d weeks".formatted(2 + r.nextInt(40), 1 + r.nextInt(12)),
            r -> "waited %d weeks for outpatients".formatted(2 + r.nextInt(50)),
            r -> "aged %d".formatted(18 + r.nextInt(80)),
            r -> "baby born at %d weeks".formatted(24 + r.nextInt(17)),
            r -> "DOB missing from the referral form",
            r -> "%d of %d letters affected".formatted(1 + r.nextInt(9), 10 + r.nextInt(90)));
  }

  List<String> sentences(int count) {
    List<String> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String first = pick(random, fragments).apply(random);
      String second = pick(random, fragments).apply(random);
      String joint = pick(random, List.of("; ", ", ", " - ", ". Also "));
      sentences.add(pick(random, OPENINGS) + ": " + first + joint + second + ".");
    }
    return sentences;
  }

  private static int day(Random r) {
    return 1 + r.nextInt(28);
  }

  private static int month(Random r) {
    return 1 + r.nextInt(12);
  }

  private static int dose(Random r) {
    return List.of(5, 10, 20, 40, 100, 250, 300, 500, 850, 1000).get(r.nextInt(10));
  }

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
