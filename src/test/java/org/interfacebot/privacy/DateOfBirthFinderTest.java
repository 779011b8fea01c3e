package org.interfacebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthFinderTest {

  private final DateOfBirthFinder finder = new DateOfBirthFinder();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DOB 12/03/1956",
        "dob:12/3/56",
        "D.O.B. 12.03.1956",
        "d.o.b: 1956-03-12",
        "DoB - 12 03 1956",
        "date of birth 12-03-1956",
        "Date of birth is 3rd March 1956",
        "birthdate: 3 Mar 56",
        "born 3 March 1956",
        "born on March 3, 1956",
        "was born on the 3rd of March 1956",
        "DOB 120356",
        "12/03/1956 (DOB)",
        "3 March 1956 (date of birth)",
        "birthday 12/03/1956",
        "Birth day: 3 March 1956",
        "DOB 12  03  1956",
        "DOB 12 /  03 / 1956"
      })
  void findsDatesOfBirth(String text) {
    assertThat(finder.foundIn(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seen on 12/03/2026",
        "DOB missing from the referral",
        "born in Aberdeen",
        "born 1956", // a year alone identifies no one
        "delivered 12/03/2026, born at 34 weeks",
        "newborn check on 12/03/2026",
        "doberman bite on 12/03/2026",
        "Summary 3, 2026",
        "seen on 16/06/2026 - DOB missing from the form",
        "her birthday is in March"
      })
  void leavesOtherDatesAndWordsAlone(String text) {
    assertThat(finder.foundIn(text)).as(text).isFalse();
  }
}
