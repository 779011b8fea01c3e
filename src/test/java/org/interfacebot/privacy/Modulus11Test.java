package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Modulus11Test {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765919", // the NHS's own example number
        "4010232137",
        "9434765870", // 11 - (sum mod 11) = 11, so the check digit is 0
        "1203561237", // CHI: 12 March 1956
        "0101010001", // CHI: 1 January 2001, leading zero
        "3112999991"
      })
  void acceptsNumbersWithTheRightCheckDigit(String digits) {
    assertThat(Modulus11.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765918", // one off
        "9434765910",
        "4010232138",
        "1203561236",
        "1234567890", // 11 - (sum mod 11) = 10: no check digit exists for 123456789
        "1234567899"
      })
  void rejectsNumbersWithTheWrongCheckDigit(String digits) {
    assertThat(Modulus11.isValid(digits)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "943476591", "94347659190", "943 476 5919", "943476591X"})
  void rejectsAnythingButTenDigits(String text) {
    assertThat(Modulus11.isValid(text)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(Modulus11.isValid(null)).isFalse();
  }

  @Test
  void computesCheckDigitsIncludingTheImpossibleOne() {
    assertThat(Modulus11.checkDigit("943476591")).hasValue(9);
    assertThat(Modulus11.checkDigit("943476587")).hasValue(0);
    assertThat(Modulus11.checkDigit("123456789")).isEmpty();
  }

  @Test
  void checkDigitNeedsNineDigits() {
    assertThatThrownBy(() -> Modulus11.checkDigit("12345678"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
