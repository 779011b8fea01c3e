package org.interfacebot.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Dates of birth as clinicians write them: a birth word next to a date in a common format. */
final class DateOfBirthCorpus {

  private static final List<String> BEFORE =
      List.of(
          "DOB %s",
          "dob: %s",
          "D.O.B. %s",
          "d.o.b:%s",
          "Date of birth %s",
          "date of birth: %s",
          "born %s",
          "born on %s",
          "birthdate %s",
          "DoB - %s");
  private static final List<String> AFTER = List.of("%s (DOB)", "%s DOB", "%s (date of birth)");
  private static final List<String> DATE_FORMATS =
      List.of(
          "dd/MM/yyyy",
          "d/M/yy",
          "dd.MM.yyyy",
          "dd-MM-yyyy",
          "yyyy-MM-dd",
          "d MMMM yyyy",
          "d MMM yyyy",
          "MMMM d, yyyy",
          "ddMMyy");
  private static final List<String> SENTENCES =
      List.of("%s", "Patient %s was discharged without a letter", "Referral for a man, %s.");
  private static final long FIRST_BIRTH = LocalDate.of(1920, 1, 1).toEpochDay();
  private static final long LAST_BIRTH = LocalDate.of(2025, 12, 31).toEpochDay();

  private final Random random;

  DateOfBirthCorpus(Random random) {
    this.random = random;
  }

  List<String> texts(int count) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long epochDay = FIRST_BIRTH + (long) (random.nextDouble() * (LAST_BIRTH - FIRST_BIRTH));
      String pattern = ClinicalSentenceCorpus.pick(random, DATE_FORMATS);
      String date =
          LocalDate.ofEpochDay(epochDay).format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
      List<String> places = random.nextInt(4) == 0 ? AFTER : BEFORE;
      String phrase = ClinicalSentenceCorpus.pick(random, places).formatted(date);
      texts.add(ClinicalSentenceCorpus.pick(random, SENTENCES).formatted(phrase));
    }
    return texts;
  }
}
