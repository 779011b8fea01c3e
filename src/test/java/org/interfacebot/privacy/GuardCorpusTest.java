package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interfacebot.privacy.IdentifierCorpus.Identifier;
import org.junit.jupiter.api.Test;

/**
 * Runs the guard over generated corpora: every valid NHS and CHI number must be caught in every
 * format, and ordinary clinical text must raise fewer than 1% false alarms. Seeded, so repeatable.
 */
class GuardCorpusTest {

  private static final long SEED = 20270042L;
  private static final int NUMBERS_OF_EACH_KIND = 1_000;
  private static final int CLEAN_SENTENCES = 1_000;
  private static final int DATES_OF_BIRTH = 1_000;

  private final PatientIdentifierGuard guard = new PatientIdentifierGuard();

  @Test
  void catchesEveryNhsAndChiNumberAndRaisesFewFalseAlarms() {
    Random random = new Random(SEED);
    IdentifierCorpus identifiers = new IdentifierCorpus(random);
    List<Identifier> numbers = new ArrayList<>(identifiers.nhsNumbers(NUMBERS_OF_EACH_KIND));
    numbers.addAll(identifiers.chiNumbers(NUMBERS_OF_EACH_KIND));
    List<String> sentences = new ClinicalSentenceCorpus(random).sentences(CLEAN_SENTENCES);

    int caught = 0;
    int renderings = 0;
    int renderingsCaught = 0;
    List<String> missed = new ArrayList<>();
    for (Identifier number : numbers) {
      boolean caughtEverywhere = true;
      for (String text : IdentifierCorpus.renderings(number.digits())) {
        renderings++;
        if (guard.check(text).found().contains(number.kind())) {
          renderingsCaught++;
        } else {
          caughtEverywhere = false;
          missed.add(number.kind() + " in \"" + text + "\"");
        }
      }
      caught += caughtEverywhere ? 1 : 0;
    }
    List<String> falseAlarms =
        sentences.stream().filter(sentence -> !guard.check(sentence).clean()).toList();

    System.out.printf(
        "NHS/CHI numbers caught: %d/%d (%d/%d renderings); false alarms: %d/%d (%.1f%%)%n",
        caught,
        numbers.size(),
        renderingsCaught,
        renderings,
        falseAlarms.size(),
        sentences.size(),
        100.0 * falseAlarms.size() / sentences.size());
    // The corpora are synthetic, so showing what went wrong leaks nothing.
    missed.stream().limit(5).forEach(text -> System.out.println("  missed: " + text));
    falseAlarms.stream().limit(5).forEach(text -> System.out.println("  false alarm: " + text));

    assertThat(numbers).hasSize(2 * NUMBERS_OF_EACH_KIND);
    assertThat(missed).isEmpty();
    assertThat(sentences).hasSize(CLEAN_SENTENCES);
    assertThat(falseAlarms.size()).isLessThan(CLEAN_SENTENCES / 100);
  }

  @Test
  void catchesEveryMistypedChiNumber() {
    List<Identifier> numbers =
        new IdentifierCorpus(new Random(SEED)).mistypedChiNumbers(NUMBERS_OF_EACH_KIND);

    List<String> missed = new ArrayList<>();
    for (Identifier number : numbers) {
      for (String text : IdentifierCorpus.renderings(number.digits())) {
        if (!guard.check(text).found().contains(IdentifierKind.CHI_LIKE_NUMBER)) {
          missed.add(text);
        }
      }
    }

    System.out.printf(
        "mistyped CHI numbers caught: %d/%d renderings%n",
        numbers.size() * IdentifierCorpus.renderings("1203541234").size() - missed.size(),
        numbers.size() * IdentifierCorpus.renderings("1203541234").size());
    missed.stream().limit(5).forEach(text -> System.out.println("  missed: " + text));
    assertThat(missed).isEmpty();
  }

  @Test
  void catchesDatesOfBirthNextToTheirKeyword() {
    List<String> texts = new DateOfBirthCorpus(new Random(SEED)).texts(DATES_OF_BIRTH);

    List<String> missed =
        texts.stream()
            .filter(text -> !guard.check(text).found().contains(IdentifierKind.DATE_OF_BIRTH))
            .toList();

    System.out.printf("dates of birth caught: %d/%d%n", texts.size() - missed.size(), texts.size());
    missed.stream().limit(5).forEach(text -> System.out.println("  missed: " + text));
    assertThat(missed).isEmpty();
  }
}
