package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interfacebot.privacy.IdentifierKind.CHI_LIKE_NUMBER;
import static org.interfacebot.privacy.IdentifierKind.CHI_NUMBER;
import static org.interfacebot.privacy.IdentifierKind.DATE_OF_BIRTH;
import static org.interfacebot.privacy.IdentifierKind.NHS_NUMBER;

import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientIdentifierGuardTest {

  private final PatientIdentifierGuard guard = new PatientIdentifierGuard();

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\t"})
  void nothingIsClean(String text) {
    assertThat(guard.check(text).clean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765919",
        "943 476 5919",
        "943-476-5919",
        "943 - 476 - 5919",
        "94347 65919",
        "943\u00A0476\u00A05919",
        "943  476  5919",
        "943\t476\t5919",
        "943 -\t476 - 5919",
        "Patient 943 476 5919 was sent home without a letter",
        "NHS no:9434765919.",
        "(943-476-5919)",
        "NHS 943 476 5919 12 weeks ago",
        "9434765919, 4010232137",
        "Two patients: 943 476 5919 + 9434765919"
      })
  void findsNhsNumbersHoweverTheyAreWritten(String text) {
    assertThat(guard.check(text).found()).containsExactly(NHS_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1203561237", "120356 1237", "120 356 1237", "12-03-56-1237", "CHI 0101010001?"})
  void findsChiNumbersByTheDateTheyStartWith(String text) {
    assertThat(guard.check(text).found()).containsExactly(CHI_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "patient CHI 1203541234 affected", // 12/03/54, wrong check digit (1203541236 is valid)
        "120354 1234",
        "120 354 1234",
        "1203-541234",
        "12-03-54-1234",
        "12 03 54 1234",
        "CHI:2902561234;", // 29 February 1956
        "3112991111"
      })
  void findsTenDigitsStartingWithADateWhateverTheirCheckDigit(String text) {
    assertThat(guard.check(text).found()).containsExactly(CHI_LIKE_NUMBER);
  }

  @Test
  void aValidChiNumberIsStillNamedAsOne() {
    assertThat(guard.check("patient CHI 1203541236 affected").found()).containsExactly(CHI_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3102541234", // 31 February
        "2902551234", // 29 February 1955
        "0003541234", // day 0
        "1213541234", // month 13
        "1200541234", // month 0
        "120354123", // nine digits
        "12035412345", // eleven digits
        "Ring 01224 552 000, 0131 536 1000, 07700 900123 or 0141 201 1100",
        "Freephone 0800 22 44 88, 0800 123 456 or 0808 196 8080",
        "Freephone 0800140575 or 0800 23 98 30", // pass the check, but no NHS number starts with 0
        "Call 0300 123 1234 or 0345 456 0000, or 020 7946 0000",
        "From abroad +44 1202 123456, +44 300 123 4567 or +44 1309 672233",
        "See IF-2026-0042 and IF-2027-0101 from 2019 to 2026",
        "Clinic 14:30-16:00, between 0800 and 1600, 12/03/2026 at 1400"
      })
  void ignoresNumbersThatDoNotStartWithADateOfBirth(String text) {
    assertThat(guard.check(text).clean()).isTrue();
  }

  @Test
  void anNhsNumberRightAfterAnInternationalPhoneNumberIsStillFound() {
    assertThat(guard.check("Call +44 1202 123456 943 476 5919").found())
        .containsExactly(NHS_NUMBER);
    assertThat(guard.check("Call +441202123456 9434765919").found()).containsExactly(NHS_NUMBER);
  }

  @Test
  void aTenDigitOrderNumberStartingWithADateIsRefusedToo() {
    // The price of catching mistyped CHI numbers: nothing tells 2603120042 (an order number
    // made of YYMMDD and a count) from the CHI number of someone born on 26/03/12.
    assertThat(guard.check("Order 2603120043 was lost").found()).containsExactly(CHI_LIKE_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "943 476 5918", // wrong check digit
        "1234567890", // no check digit exists
        "94347659190", // eleven digits
        "19434765919",
        "0131 536 1000",
        "01224 552 000",
        "01224552000"
      })
  void ignoresNumbersThatAreNotTenDigitsWithAValidCheck(String text) {
    assertThat(guard.check(text).clean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "943.476.5919",
        "943/476/5919",
        "NHS no. 943.476.5919.",
        "Patient (943/476/5919) was sent home",
        "NHS:943.476.5919, seen twice"
      })
  void findsNhsNumbersWrittenWithDotsOrSlashesInTheirGroups(String text) {
    assertThat(guard.check(text).found()).containsExactly(NHS_NUMBER);
  }

  @Test
  void findsAChiNumberWrittenWithDotsInTheNhsGrouping() {
    assertThat(guard.check("120.356.1237").found()).containsExactly(CHI_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "943.476.5918", // wrong check digit
        "943/476/5918",
        "943.476/5919", // two different separators
        "94.3476.5919",
        "9434.765.919",
        "1.943.476.5919", // part of a longer dotted run
        "943.476.5919.2",
        "Seen on 12/03/2027 and 01/04/2027",
        "Creatinine 943.476, eGFR 59.19",
        "Version 943.476.59190",
        "Ring 0131.536.1000 or 013.153.6100",
        "Call 555.123.4567 or 555/123/4567",
        "Dose 120.356 mg"
      })
  void dotsAndSlashesOutsideTheNhsGroupingRaiseNoAlarm(String text) {
    assertThat(guard.check(text).clean()).isTrue();
  }

  @Test
  void findsANumberGluedToLetters() {
    // Letters do not end a number: "NHSno9434765919" is as identifying as the number alone.
    assertThat(guard.check("NHSno9434765919x").found()).containsExactly(NHS_NUMBER);
  }

  @Test
  void neverSplitsARunOfDigits() {
    // 01315361000 (0131 536 1000) holds 1315361000, which passes the check: only whole runs count.
    assertThat(Modulus11.isValid("1315361000")).isTrue();
    assertThat(guard.check("Phone 01315361000 for results").clean()).isTrue();
  }

  @Test
  void findsFullWidthDigitsAndLetters() {
    assertThat(guard.check("ＤＯＢ １２/０３/１９５６, ９４３ ４７６ ５９１９").found())
        .containsExactly(NHS_NUMBER, DATE_OF_BIRTH);
  }

  @Test
  void copesWithVeryLongListsOfNumbers() {
    String numbers = "12 - 34 ".repeat(100_000) + "943 476 5919";

    assertThat(guard.check(numbers).found()).containsExactly(NHS_NUMBER);
  }

  @Test
  void reportsEveryKindFound() {
    GuardVerdict verdict = guard.check("943 476 5919 and 1203561237, DOB 12/03/1956");

    assertThat(verdict.found()).containsExactly(NHS_NUMBER, CHI_NUMBER, DATE_OF_BIRTH);
  }

  @Test
  void theVerdictNeverCarriesTheText() {
    String text = "Mrs Example, 943 476 5919, DOB 12/03/1956";
    GuardVerdict verdict = guard.check(text);

    assertThat(verdict.toString()).doesNotContain("943", "5919", "1956", "Example");
    assertThat(verdict.explanation("description", TestTexts.enGb()))
        .doesNotContain("943", "5919", "1956");
    assertThat(guard.toString()).doesNotContain("943");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Discharge letter on 12/03/2026 had no medication changes",
        "Ring 0131 536 1000 or bleep 4455, ward 12",
        "Metformin 1000 mg twice daily since 2019",
        "Order 1234567890 was lost; accession 26H0123456",
        "Clinic at 14:30 in AB25 2ZN",
        "Baby born at 34 weeks, seen on 12/03/2026",
        "The DOB field was missing from the referral"
      })
  void leavesOrdinaryClinicalTextAlone(String text) {
    assertThat(guard.check(text).clean()).isTrue();
  }
}
