package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interfacebot.privacy.IdentifierKind.CHI_NUMBER;
import static org.interfacebot.privacy.IdentifierKind.DATE_OF_BIRTH;
import static org.interfacebot.privacy.IdentifierKind.NHS_NUMBER;

import java.util.HashSet;
import java.util.Set;
import org.interfacebot.chat.TestTexts;
import org.interfacebot.chat.Texts;
import org.junit.jupiter.api.Test;

class GuardVerdictTest {

  private static final Texts TEXTS = TestTexts.enGb();

  @Test
  void kindsDescribeThemselvesWithTheirArticle() {
    assertThat(TEXTS.label(NHS_NUMBER)).isEqualTo("an NHS number");
    assertThat(TEXTS.label(CHI_NUMBER)).isEqualTo("a CHI number");
    assertThat(TEXTS.label(DATE_OF_BIRTH)).isEqualTo("a date of birth");
  }

  @Test
  void isCleanOnlyWhenNothingWasFound() {
    assertThat(new GuardVerdict(Set.of()).clean()).isTrue();
    assertThat(new GuardVerdict(Set.of(NHS_NUMBER)).clean()).isFalse();
  }

  @Test
  void explainsOneKindForTheNamedField() {
    assertThat(new GuardVerdict(Set.of(CHI_NUMBER)).explanation("description", TEXTS))
        .isEqualTo(
            "Your description seems to contain a CHI number. Please rephrase it in general terms,"
                + " without anything that could identify a patient: I have not kept what you"
                + " wrote.");
  }

  @Test
  void listsSeveralKindsInAFixedOrder() {
    GuardVerdict verdict = new GuardVerdict(Set.of(DATE_OF_BIRTH, NHS_NUMBER, CHI_NUMBER));

    assertThat(verdict.explanation("suggestion", TEXTS))
        .startsWith(
            "Your suggestion seems to contain an NHS number, a CHI number and a date of birth.");
    assertThat(new GuardVerdict(Set.of(DATE_OF_BIRTH, NHS_NUMBER)).explanation("suggestion", TEXTS))
        .startsWith("Your suggestion seems to contain an NHS number and a date of birth.");
  }

  @Test
  void aMissingFieldLabelReadsAsAnswer() {
    assertThat(new GuardVerdict(Set.of(NHS_NUMBER)).explanation(" ", TEXTS))
        .startsWith("Your answer seems to contain an NHS number.");
    assertThat(new GuardVerdict(Set.of(NHS_NUMBER)).explanation(null, TEXTS))
        .startsWith("Your answer seems to contain an NHS number.");
  }

  @Test
  void aCleanVerdictHasNothingToExplain() {
    assertThatThrownBy(() -> new GuardVerdict(Set.of()).explanation("description", TEXTS))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keepsItsOwnUnmodifiableCopyOfTheKinds() {
    Set<IdentifierKind> kinds = new HashSet<>(Set.of(NHS_NUMBER));
    GuardVerdict verdict = new GuardVerdict(kinds);
    kinds.add(CHI_NUMBER);

    assertThat(verdict.found()).containsExactly(NHS_NUMBER);
    assertThatThrownBy(() -> verdict.found().add(DATE_OF_BIRTH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describesItselfByKindsOnly() {
    assertThat(new GuardVerdict(Set.of(NHS_NUMBER)).toString())
        .isEqualTo("GuardVerdict[found=[NHS_NUMBER]]");
  }
}
